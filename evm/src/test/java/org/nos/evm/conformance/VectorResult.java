package org.nos.evm.conformance;

/**
 * The outcome of one vector: a post entry of a state test, or a whole blockchain test. A vector that could
 * not be run (parse error, unsupported feature, exception) is a failure whose reason says so.
 */
record VectorResult(Suite suite, String category, String file, String name, boolean passed, String reason) {

    static VectorResult pass(FixtureFile file, String name) {
        return new VectorResult(file.suite(), file.category(), file.relativePath(), name, true, "");
    }

    static VectorResult fail(FixtureFile file, String name, String reason) {
        return new VectorResult(file.suite(), file.category(), file.relativePath(), name, false, reason);
    }

    /** A vector that threw: counted as failed, with the exception as the reason. */
    static VectorResult error(FixtureFile file, String name, Throwable t) {
        return fail(file, name, describe(t));
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        String text = t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        if (t instanceof StackOverflowError || t.getCause() == null) return text;
        return text + " (caused by " + describe(t.getCause()) + ")";
    }
}
