package org.nos.evm.conformance;

/** Passed out of total, with the pass rate. */
record Tally(int passed, int total) {
    static final Tally ZERO = new Tally(0, 0);

    Tally plus(VectorResult r) {
        return new Tally(passed + (r.passed() ? 1 : 0), total + 1);
    }

    int failed() {
        return total - passed;
    }

    /** The pass rate in [0, 1]; an empty tally has rate 0, so a suite that found nothing cannot pass a gate. */
    double rate() {
        return total == 0 ? 0 : (double) passed / total;
    }

    @Override
    public String toString() {
        return passed + "/" + total;
    }
}
