// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The node's JIT warm-up. At start-up NOS runs `run` through its own eth_call path, with this contract's code
/// laid over an unused address by a state override (nothing is deployed), so the JVM compiles the EVM's hot
/// paths before the first user call. Each part loops over opcodes that compiled Solidity uses a lot:
/// checked and unchecked arithmetic, every division shape, memory and KECCAK256, storage, events and calls.
contract JitWarmup {
    mapping(uint256 => uint256) private slots;

    event Step(uint256 indexed n, uint256 acc);

    /// All parts, then 16 external calls back into this contract; returns a checksum of the results.
    function run(uint256 n) external returns (uint256 acc) {
        acc = arithmetic(n) ^ shapes(n) ^ uint256(hashing(n)) ^ storageMix(n);
        // external calls re-enter the interpreter: the JIT compiles a method for good only after enough entries
        for (uint256 k = 0; k < 16; ++k) acc ^= this.arithmetic(n / 64 + k);
        emit Step(n, acc);
    }

    /// ADD, MUL, SUB, DIV and MOD by one-, two- and four-limb divisors, ADDMOD, MULMOD, EXP, shifts, signed
    /// division, comparisons, BYTE and SIGNEXTEND.
    function arithmetic(uint256 n) public pure returns (uint256 x) {
        x = 0x9e3779b97f4a7c15;
        unchecked {
            for (uint256 i = 1; i <= n; ++i) {
                x = x * 6364136223846793005 + i;
                x ^= x >> 17;
                uint256 y = x % 0xfffffffffffffffffffffffffffffffb + x / (i | 1) + (x % 1000003);
                y += x / (type(uint256).max / (i + 2));
                x = addmod(x, y, type(uint256).max - i) ^ mulmod(x, y, type(uint256).max / 3);
                int256 s = int256(x >> 1) / int256(i + 1) - int256(y >> 2) % 7;
                x += uint256(s) + (x << 3) + i ** 3;
                if (x < y || int256(x) > int256(y)) x = ~x;
                x ^= uint256(uint8(bytes32(x)[i % 32])) << 8;
                x += uint256(int256(int8(uint8(x))));
            }
        }
    }

    /// DIV, MOD and comparisons on operands of every width, one to four limbs of 64 bits, either way round, so
    /// the compiled code has seen every division path and every limb a comparison can stop at.
    function shapes(uint256 n) public pure returns (uint256 acc) {
        uint256 x = 0xd1b54a32d192ed03;
        unchecked {
            for (uint256 i = 1; i <= n; ++i) {
                x = x * 0x9e3779b97f4a7c15f39cc0605cedc835 + i;
                uint256 a = x >> ((i & 3) * 64);
                uint256 b = (x >> (((i >> 2) & 3) * 64 + 32)) | 1;
                acc += a / b + a % b + b % (a | 1) + b / (a | 1);
                if (a < b) acc ^= a;
                else if (a > b) acc ^= b;
                if (a == acc || b == acc) acc++;
            }
        }
    }

    /// Memory writes and KECCAK256 over 32 to 96 bytes, with checked loop arithmetic.
    function hashing(uint256 n) public pure returns (bytes32 h) {
        uint256[3] memory buf;
        for (uint256 i = 0; i < n; ++i) {
            buf[i % 3] = i;
            h = keccak256(abi.encodePacked(h, buf[0], buf[(i + 1) % 3]));
            buf[2] = uint256(h);
        }
    }

    /// SLOAD and SSTORE through a mapping, warm and cold, with checked additions.
    function storageMix(uint256 n) public returns (uint256 sum) {
        for (uint256 i = 0; i < n; ++i) {
            slots[i % 64] += i;
            sum += slots[(i * 7) % 64] % 1000;
        }
    }
}
