package org.nos.ejb.execution;

import java.util.Map;
import org.nos.protocol.base.Address;

/** geth's {@code stateOverride} parameter: account fields and storage replaced for one call only. */
public record StateOverrides(Map<Address, AccountOverride> accounts) {
    public static final StateOverrides NONE = new StateOverrides(Map.of());

    public StateOverrides {
        accounts = Map.copyOf(accounts);
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }
}
