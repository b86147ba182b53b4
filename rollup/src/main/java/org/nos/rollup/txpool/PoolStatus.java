package org.nos.rollup.txpool;

/** The counts {@code txpool_status} reports. */
public record PoolStatus(int pending, int queued) {}
