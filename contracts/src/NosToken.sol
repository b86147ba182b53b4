// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title NosToken — a minimal, dependency-free ERC-20 used by the NOS end-to-end tests.
/// @notice The whole initial supply is minted to the deployer in the constructor. Failures revert with the
///         ERC-6093 custom errors below, so a failing call or estimateGas carries ABI-encoded revert data.
contract NosToken {
    string public constant name = "NOS Test Token";
    string public constant symbol = "NOS";
    uint8 public constant decimals = 18;

    uint256 public totalSupply;
    mapping(address account => uint256) public balanceOf;
    mapping(address owner => mapping(address spender => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @dev ERC-6093 error: `sender` has `balance` but tried to move `needed`.
    error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed);
    /// @dev ERC-6093 error: `spender` may move `allowance` but tried to move `needed`.
    error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed);
    /// @dev ERC-6093 error: transfer to the zero address.
    error ERC20InvalidReceiver(address receiver);
    /// @dev ERC-6093 error: approval for the zero address.
    error ERC20InvalidSpender(address spender);

    constructor(uint256 initialSupply) {
        totalSupply = initialSupply;
        balanceOf[msg.sender] = initialSupply;
        emit Transfer(address(0), msg.sender, initialSupply);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < value) revert ERC20InsufficientAllowance(msg.sender, allowed, value);
            unchecked {
                allowance[from][msg.sender] = allowed - value;
            }
        }
        _transfer(from, to, value);
        return true;
    }

    function _transfer(address from, address to, uint256 value) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 fromBalance = balanceOf[from];
        if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
        unchecked {
            balanceOf[from] = fromBalance - value;
            balanceOf[to] += value; // cannot overflow: sum of balances == totalSupply
        }
        emit Transfer(from, to, value);
    }
}
