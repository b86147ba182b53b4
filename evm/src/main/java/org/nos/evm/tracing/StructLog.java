package org.nos.evm.tracing;

import java.util.List;
import java.util.Map;

/**
 * One opcode step of a {@link StructLogTracer} trace, shaped like go-ethereum's {@code StructLogRes}. Serialise
 * every component under its own name and leave out the null ones (they are geth's {@code omitempty} fields):
 *
 * @param pc the program counter
 * @param op the opcode's name as geth prints it ({@link OpcodeNames})
 * @param gas the gas left before the opcode (a JSON number)
 * @param gasCost the gas the opcode cost, as geth reports it (for CALL-family opcodes including the gas handed to
 *     the callee, without the value stipend; for CREATE/CREATE2 without it)
 * @param depth the call depth, 1 for the transaction's own frame
 * @param error the error of a step that failed before it ran (out of gas, stack under/overflow), else null
 * @param stack the stack, bottom first, as {@code 0x}-prefixed minimal hex; null when disabled
 * @param memory the memory in 32-byte chunks, 64 hex digits each without {@code 0x}; null unless enabled
 * @param returnData the frame's last return data as {@code 0x} hex; null unless enabled and non-empty
 * @param storage on SLOAD and SSTORE only: the slots of the executing contract seen so far in this transaction,
 *     64 hex digits without {@code 0x} for both key and value, sorted by key; null otherwise
 * @param refund the refund counter before the opcode; null when zero
 */
public record StructLog(long pc, String op, long gas, long gasCost, int depth, String error, List<String> stack,
        List<String> memory, String returnData, Map<String, String> storage, Long refund) {}
