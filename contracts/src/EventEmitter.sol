// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title EventEmitter — log, revert and tracing fixtures for the NOS JSON-RPC tests.
/// @notice Emits events of several shapes (0..3 indexed topics, static and dynamic data, an indexed dynamic
///         type that is hashed into its topic, an anonymous event), reverts on demand with a reason string,
///         a custom error or a panic, and makes an external call to itself so call tracers see a nested call.
contract EventEmitter {
    uint256 public value;   // storage slot 0
    uint256 public counter; // storage slot 1

    /// Storage write: topics [sig, sender, oldValue], data (newValue).
    event ValueChanged(address indexed sender, uint256 indexed oldValue, uint256 newValue);
    /// One indexed topic, no data.
    event Ping(uint256 indexed id);
    /// Indexed address, dynamic (string) data.
    event Message(address indexed from, string text);
    /// Indexed bytes32, dynamic data of two kinds.
    event Payload(bytes32 indexed tag, bytes data, uint256[] numbers);
    /// Three indexed topics (the maximum for a non-anonymous event), no data.
    event AllIndexed(uint256 indexed a, address indexed b, bytes32 indexed c);
    /// Indexed string: the topic is keccak256(key); the value is in data.
    event Keyed(string indexed key, string value);
    /// No topics beyond the signature, no data.
    event NoArgs();
    /// Anonymous: no signature topic; topics [a], data (b).
    event Anon(uint256 indexed a, uint256 b) anonymous;
    /// Payable deposit: topics [sig, from], data (amount).
    event Deposit(address indexed from, uint256 amount);

    /// Custom error for revert-data tests: selector + (code, sender).
    error Failed(uint256 code, address sender);

    // ---- storage-writing functions ----

    /// Writes slot 0 and emits ValueChanged(msg.sender, old, newValue).
    function setValue(uint256 newValue) external {
        uint256 old = value;
        value = newValue;
        emit ValueChanged(msg.sender, old, newValue);
    }

    /// Increments slot 1 and emits Ping(new counter); returns the new counter.
    function increment() external returns (uint256) {
        uint256 c = ++counter;
        emit Ping(c);
        return c;
    }

    /// Accepts ether and emits Deposit.
    function deposit() external payable {
        emit Deposit(msg.sender, msg.value);
    }

    // ---- event fixtures ----

    function emitPing(uint256 id) external {
        emit Ping(id);
    }

    function emitMessage(string calldata text) external {
        emit Message(msg.sender, text);
    }

    /// Emits one event of every shape, in this order: Ping, Message, Payload, AllIndexed, Keyed, NoArgs, Anon.
    function emitAll(uint256 id, string calldata text, bytes calldata data) external {
        emit Ping(id);
        emit Message(msg.sender, text);
        uint256[] memory numbers = new uint256[](3);
        numbers[0] = id;
        numbers[1] = id + 1;
        numbers[2] = id + 2;
        emit Payload(keccak256(data), data, numbers);
        emit AllIndexed(id, msg.sender, bytes32(id));
        emit Keyed(text, text);
        emit NoArgs();
        emit Anon(id, id * 2);
    }

    /// Emits `n` Ping events (ids first..first+n-1): gas grows with n, for estimateGas tests.
    function emitMany(uint256 first, uint256 n) external {
        for (uint256 i = 0; i < n; i++) {
            emit Ping(first + i);
        }
    }

    // ---- nested call (for callTracer / struct-log depth) ----

    /// Calls this.emitPing(id) externally (depth 2 in traces, a nested CALL in callTracer), then setValue-like write.
    function relay(uint256 id) external returns (uint256) {
        this.emitPing(id);
        counter += 1;
        return this.echo(id);
    }

    // ---- reverts ----

    /// Always reverts with Error(string) carrying `reason`.
    function fail(string calldata reason) external pure {
        revert(reason);
    }

    /// Reverts with Error("EventEmitter: value must be nonzero") when newValue == 0, else writes like setValue.
    function setNonZero(uint256 newValue) external {
        require(newValue != 0, "EventEmitter: value must be nonzero");
        uint256 old = value;
        value = newValue;
        emit ValueChanged(msg.sender, old, newValue);
    }

    /// Always reverts with the custom error Failed(code, msg.sender).
    function failCustom(uint256 code) external view {
        revert Failed(code, msg.sender);
    }

    /// Reverts with Panic(0x12) (division by zero) when divisor == 0.
    function divide(uint256 a, uint256 divisor) external pure returns (uint256) {
        return a / divisor;
    }

    // ---- views ----

    /// Pure echo.
    function echo(uint256 x) external pure returns (uint256) {
        return x;
    }

    /// Reads both storage slots.
    function getState() external view returns (uint256 currentValue, uint256 currentCounter) {
        return (value, counter);
    }
}
