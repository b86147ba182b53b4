package org.nos.evm.precompile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nos.protocol.base.Address;

/** The precompiled contracts of a fork, by address. Immutable. */
public final class PrecompileSet {
    private static final PrecompileSet CANCUN = new PrecompileSet(new Precompile[] {
        null,
        new EcRecover(),
        new Sha256(),
        new Ripemd160(),
        new Identity(),
        new ModExp(),
        new Bn254Add(),
        new Bn254Mul(),
        new Bn254Pairing(),
        new Blake2F(),
        new PointEvaluation()
    });

    /** Indexed by the last address byte; index 0 is unused. */
    private final Precompile[] byIndex;
    private final List<Address> addresses;

    private PrecompileSet(Precompile[] byIndex) {
        this.byIndex = byIndex;
        List<Address> list = new ArrayList<>();
        for (int i = 1; i < byIndex.length; i++) list.add(address(i));
        this.addresses = Collections.unmodifiableList(list);
    }

    /** The ten precompiles of Cancun, 0x01 to 0x0a. */
    public static PrecompileSet cancun() {
        return CANCUN;
    }

    /** The precompile at {@code address}, or null when there is none. */
    public Precompile get(Address address) {
        byte[] a = address.unsafeArray();
        int last = a[Address.SIZE - 1] & 0xff;
        if (last == 0 || last >= byIndex.length) return null;
        for (int i = 0; i < Address.SIZE - 1; i++) {
            if (a[i] != 0) return null;
        }
        return byIndex[last];
    }

    public boolean contains(Address address) {
        return get(address) != null;
    }

    /** The precompile addresses in ascending order (all warm from the start of a transaction, EIP-2929). */
    public List<Address> addresses() {
        return addresses;
    }

    /** The address whose 19 first bytes are zero and whose last byte is {@code index}. */
    public static Address address(int index) {
        byte[] b = new byte[Address.SIZE];
        b[Address.SIZE - 1] = (byte) index;
        return Address.of(b);
    }
}
