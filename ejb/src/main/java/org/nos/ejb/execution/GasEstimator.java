package org.nos.ejb.execution;

/**
 * go-ethereum's gas estimation ({@code eth/gasestimator}): run once at the highest allowed gas; a revert there is
 * the answer (an error with the revert data), running out of gas there is "gas required exceeds allowance";
 * otherwise try the optimistic limit {@code (used + refund + 2300) * 64 / 63} and binary-search the rest.
 * Unlike geth (which stops within 1.5%), the search runs to the end: the answer is the lowest gas limit with which
 * the call succeeds, so it always suffices. Plain Java.
 */
final class GasEstimator {
    /** The gas of a plain value transfer. */
    static final long TX_GAS = 21_000;
    private static final long CALL_STIPEND = 2_300;

    /** One execution of the call with a given gas limit. */
    @FunctionalInterface
    interface Attempt {
        /** The result; throws {@link IntrinsicGasTooLowException} when the limit is below the intrinsic gas. */
        CallResult run(long gas) throws CallException;
    }

    private GasEstimator() {
    }

    /**
     * The lowest gas limit in (intrinsic, {@code hi}] with which {@code attempt} succeeds.
     *
     * @param plainTransfer the call has no data and its target no code: 21000 is tried first
     * @throws ExecutionRevertedException when the call reverts at {@code hi}
     * @throws CallException when it fails otherwise at {@code hi}, or an attempt fails before executing
     */
    static long estimate(long hi, boolean plainTransfer, Attempt attempt) throws CallException {
        if (plainTransfer && hi >= TX_GAS) {
            CallResult r = tryRun(attempt, TX_GAS);
            if (r != null && r.success()) return TX_GAS;
        }
        CallResult top;
        try {
            top = attempt.run(hi);
        } catch (IntrinsicGasTooLowException e) {
            throw new CallException("gas required exceeds allowance (" + hi + ")");
        }
        if (!top.success()) {
            if (top.reverted()) throw new ExecutionRevertedException(top.output());
            if (!"out of gas".equals(top.error())) throw new CallException(top.error());
            throw new CallException("gas required exceeds allowance (" + hi + ")");
        }
        long lo = top.gasUsed() - 1;
        long optimistic = (top.gasUsed() + top.refunded() + CALL_STIPEND) * 64 / 63;
        if (optimistic < hi) {
            if (succeeds(attempt, optimistic)) hi = optimistic; else lo = optimistic;
        }
        while (lo + 1 < hi) {
            long mid = lo + (hi - lo) / 2;
            if (mid > lo * 2) mid = lo * 2; // most calls need little more than they use: look low first
            if (succeeds(attempt, mid)) hi = mid; else lo = mid;
        }
        return hi;
    }

    private static boolean succeeds(Attempt attempt, long gas) throws CallException {
        CallResult r = tryRun(attempt, gas);
        return r != null && r.success();
    }

    private static CallResult tryRun(Attempt attempt, long gas) throws CallException {
        try {
            return attempt.run(gas);
        } catch (IntrinsicGasTooLowException e) {
            return null;
        }
    }
}
