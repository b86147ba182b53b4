package org.nos.ejb.state;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** An EIP-1186 account proof (eth_getProof). */
public record AccountProof(Address address, Wei balance, Hash codeHash, long nonce, Hash storageHash,
        List<Bytes> accountProof, List<StorageProof> storageProof) {

    public AccountProof {
        accountProof = List.copyOf(accountProof);
        storageProof = List.copyOf(storageProof);
    }
}
