package org.nos.evm.conformance;

/** The two fixture formats, each in its own top-level folder of the conformance directory. */
enum Suite {
    STATE("state-tests"),
    BLOCKCHAIN("blockchain-tests");

    private final String folder;

    Suite(String folder) {
        this.folder = folder;
    }

    String folder() {
        return folder;
    }

    /** The lower-case name used in the report, e.g. {@code state}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
