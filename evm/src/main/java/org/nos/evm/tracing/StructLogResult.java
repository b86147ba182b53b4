package org.nos.evm.tracing;

import java.util.List;

/**
 * The result of geth's default struct logger ({@code debug_traceTransaction} / {@code debug_traceCall} without a
 * {@code tracer}): serialise each component under its own name.
 *
 * @param gas the gas used (for a transaction: the receipt's, after refunds) — a JSON number
 * @param failed whether the top-level call failed (reverted or halted exceptionally)
 * @param returnValue the top-level output as {@code 0x}-prefixed hex (current geth; before 2025 geth printed it
 *     without the prefix): the return data on success (the deployed code for a creation), the revert data on
 *     REVERT, {@code 0x} after an exceptional halt
 * @param structLogs the steps in execution order, nested frames inline
 */
public record StructLogResult(long gas, boolean failed, String returnValue, List<StructLog> structLogs) {}
