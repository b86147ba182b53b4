package org.nos.ejb.state;

import java.util.List;
import org.nos.evm.Word;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;

/** The EIP-1186 proof of one storage slot. */
public record StorageProof(Hash key, Word value, List<Bytes> proof) {

    public StorageProof {
        proof = List.copyOf(proof);
    }
}
