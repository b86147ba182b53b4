package org.nos.evm.tracing;

import java.util.List;

/**
 * One call frame of a {@link CallTracer} trace, shaped like go-ethereum's callTracer {@code callFrame}. Every
 * component is already in geth's JSON form: serialise each under its own name and leave out the null ones (geth's
 * {@code omitempty} fields).
 *
 * @param type CALL, STATICCALL, DELEGATECALL, CALLCODE, CREATE, CREATE2 or SELFDESTRUCT
 * @param from the caller, lower-case {@code 0x} hex
 * @param to the callee or created address; null for a failed CREATE/CREATE2 (as geth)
 * @param value the value as a {@code 0x} quantity; null for STATICCALL (geth ≥ 1.14 reports the inherited value
 *     for DELEGATECALL)
 * @param gas the gas given to the frame as a {@code 0x} quantity (the top frame: the transaction's gas limit when
 *     built with {@link CallTracer#result(long, long)})
 * @param gasUsed the gas the frame used as a {@code 0x} quantity (the top frame: the receipt's gas used when built
 *     with {@link CallTracer#result(long, long)})
 * @param input the call data or init code, {@code 0x} hex
 * @param output the return data (the deployed code for a creation, the revert data on REVERT), {@code 0x} hex;
 *     null when empty or after an exceptional halt
 * @param error geth's error text, null on success
 * @param revertReason the decoded {@code Error(string)} message (or {@code Panic(uint256)} meaning) of a revert
 * @param calls the sub-calls in order; null when there are none
 * @param logs with {@code withLog}: the logs this frame emitted; null when none (or when the frame or one of its
 *     callers failed, as geth clears them)
 */
public record CallFrame(String type, String from, String to, String value, String gas, String gasUsed, String input,
        String output, String error, String revertReason, List<CallFrame> calls, List<CallLog> logs) {}
