/** Block validation and execution: header rules, the EIP-4788 system call, transactions, withdrawals, receipts and roots. */
package org.nos.evm.block;
