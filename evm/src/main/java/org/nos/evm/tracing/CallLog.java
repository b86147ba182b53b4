package org.nos.evm.tracing;

import java.util.List;

/**
 * A log recorded by {@link CallTracer} with {@code withLog}, as geth's callTracer {@code callLog}.
 *
 * @param address the emitting contract, lower-case {@code 0x} hex
 * @param topics the topics, 32-byte {@code 0x} hex each
 * @param data the data, {@code 0x} hex
 * @param position how many sub-calls of the frame preceded the log, as a {@code 0x} quantity
 */
public record CallLog(String address, List<String> topics, String data, String position) {}
