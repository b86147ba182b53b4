package org.nos.protocol.tx;

import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpReader;

/** One entry of an EIP-2930 access list: an address and the storage keys of it to warm. */
public record AccessListEntry(Address address, List<Hash> storageKeys) {
    public AccessListEntry {
        if (address == null) throw new NullPointerException("address");
        storageKeys = List.copyOf(storageKeys);
    }

    /** {@code rlp([address, [key, ...]])}. */
    public byte[] encode() {
        byte[][] keys = new byte[storageKeys.size()][];
        for (int i = 0; i < keys.length; i++) keys[i] = Rlp.encode(storageKeys.get(i));
        return Rlp.encodeList(Rlp.encode(address), Rlp.encodeList(keys));
    }

    /** The RLP list of a whole access list. */
    public static byte[] encodeAll(List<AccessListEntry> accessList) {
        byte[][] items = new byte[accessList.size()][];
        for (int i = 0; i < items.length; i++) items[i] = accessList.get(i).encode();
        return Rlp.encodeList(items);
    }

    /** Reads a whole access list from the reader's next item. */
    public static List<AccessListEntry> decodeAll(RlpReader reader) {
        RlpReader list = reader.readList();
        List<AccessListEntry> out = new ArrayList<>();
        while (list.hasNext()) {
            RlpReader entry = list.readList();
            Address address = entry.readAddress();
            RlpReader keys = entry.readList();
            entry.requireEnd();
            List<Hash> storageKeys = new ArrayList<>();
            while (keys.hasNext()) storageKeys.add(keys.readHash());
            out.add(new AccessListEntry(address, storageKeys));
        }
        return List.copyOf(out);
    }
}
