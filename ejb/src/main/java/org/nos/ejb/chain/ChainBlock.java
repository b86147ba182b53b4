package org.nos.ejb.chain;

import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.rlp.Rlp;

/**
 * A sealed block as readers see it: the header, its hash and the size of the whole block's RLP encoding
 * ({@code rlp([header, transactions, ommers, withdrawals])}, as {@code eth_getBlockBy*} reports it).
 * Transactions and withdrawals are empty until the execution engine fills blocks.
 */
public record ChainBlock(BlockHeader header, Hash hash, int size) {

    public static ChainBlock of(BlockHeader header) {
        return of(header, header.encode());
    }

    /** Decodes a stored header; {@code headerRlp} must be the header's own encoding. */
    public static ChainBlock fromHeaderRlp(byte[] headerRlp) {
        return of(BlockHeader.decode(headerRlp), headerRlp);
    }

    private static ChainBlock of(BlockHeader header, byte[] headerRlp) {
        byte[] block = Rlp.encodeList(headerRlp, Rlp.EMPTY_LIST, Rlp.EMPTY_LIST, Rlp.EMPTY_LIST);
        return new ChainBlock(header, Hash.keccak(headerRlp), block.length);
    }

    public long number() {
        return header.number();
    }

    public long timestamp() {
        return header.timestamp();
    }
}
