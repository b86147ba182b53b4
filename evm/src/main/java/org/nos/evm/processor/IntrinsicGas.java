package org.nos.evm.processor;

import java.util.List;
import org.nos.evm.interpreter.Gas;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.protocol.tx.Transaction;

/** The gas a transaction costs before any code runs (EIP-2028 calldata, EIP-2930 access lists, EIP-3860 initcode words). */
public final class IntrinsicGas {
    private IntrinsicGas() {}

    public static long of(Transaction tx) {
        return of(tx.data(), tx.to() == null, tx.accessList());
    }

    public static long of(Bytes data, boolean creation, List<AccessListEntry> accessList) {
        long gas = creation ? Gas.TX_CREATE : Gas.TX;
        byte[] d = data.unsafeArray();
        long zeros = 0;
        for (byte b : d) if (b == 0) zeros++;
        gas += zeros * Gas.TX_DATA_ZERO + (d.length - zeros) * Gas.TX_DATA_NONZERO;
        if (creation) gas += Gas.INITCODE_WORD * Gas.words(d.length);
        for (AccessListEntry e : accessList) {
            gas += Gas.TX_ACCESS_LIST_ADDRESS + Gas.TX_ACCESS_LIST_KEY * e.storageKeys().size();
        }
        return gas;
    }
}
