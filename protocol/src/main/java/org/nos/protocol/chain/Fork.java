package org.nos.protocol.chain;

/**
 * The Ethereum execution-layer forks in activation order, named as the conformance fixtures name them.
 * Forks up to {@link #PARIS} activate at a block number, later ones at a timestamp.
 */
public enum Fork {
    FRONTIER("Frontier"),
    HOMESTEAD("Homestead"),
    TANGERINE_WHISTLE("EIP150"),
    SPURIOUS_DRAGON("EIP158"),
    BYZANTIUM("Byzantium"),
    CONSTANTINOPLE("Constantinople"),
    PETERSBURG("ConstantinopleFix"),
    ISTANBUL("Istanbul"),
    BERLIN("Berlin"),
    LONDON("London"),
    PARIS("Paris"),
    SHANGHAI("Shanghai"),
    CANCUN("Cancun");

    private final String fixtureName;

    Fork(String fixtureName) {
        this.fixtureName = fixtureName;
    }

    /** The name the fixtures use for this fork (e.g. the keys of a state test's {@code post}). */
    public String fixtureName() {
        return fixtureName;
    }

    /** True when this fork includes the rules of {@code other}. */
    public boolean isAtLeast(Fork other) {
        return compareTo(other) >= 0;
    }

    /** True when the fork activates at a timestamp rather than at a block number. */
    public boolean activatesByTimestamp() {
        return isAtLeast(SHANGHAI);
    }

    /** The fork named {@code name} in the fixtures; also accepts "Merge", "Petersburg" and the enum names. */
    public static Fork fromFixtureName(String name) {
        for (Fork f : values()) {
            if (f.fixtureName.equals(name) || f.name().equalsIgnoreCase(name)) return f;
        }
        return switch (name) {
            case "Merge" -> PARIS;
            case "Petersburg" -> PETERSBURG;
            default -> throw new IllegalArgumentException("unknown fork " + name);
        };
    }
}
