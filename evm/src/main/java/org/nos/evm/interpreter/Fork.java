package org.nos.evm.interpreter;

import java.util.EnumSet;
import java.util.Set;

/** Ethereum execution-layer forks up to Cancun, each the set of named EIP deltas it switches on. */
public enum Fork {
    FRONTIER,
    HOMESTEAD,
    TANGERINE_WHISTLE,
    SPURIOUS_DRAGON,
    BYZANTIUM,
    CONSTANTINOPLE,
    PETERSBURG,
    ISTANBUL,
    BERLIN,
    LONDON,
    PARIS,
    SHANGHAI,
    CANCUN;

    /** Every EIP active at this fork: those introduced by it or any earlier fork. */
    public Set<Eip> eips() {
        Set<Eip> set = EnumSet.noneOf(Eip.class);
        for (Eip eip : Eip.values()) {
            if (eip.fork().ordinal() <= ordinal()) set.add(eip);
        }
        return set;
    }

    public boolean has(Eip eip) {
        return eip.fork().ordinal() <= ordinal();
    }

    public boolean isAtLeast(Fork other) {
        return ordinal() >= other.ordinal();
    }
}
