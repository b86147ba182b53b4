package org.nos.ejb.chain;

import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.rlp.Rlp;

/**
 * A sealed block as readers see it: the header, its hash and the size of the whole block's RLP encoding
 * ({@code rlp([header, transactions, ommers, withdrawals])}, as {@code eth_getBlockBy*} reports it).
 * The transactions come from {@link ChainQueries#blockTransactions(long)}.
 */
public record ChainBlock(BlockHeader header, Hash hash, int size) {

    public static ChainBlock of(BlockHeader header) {
        return of(header, header.encode());
    }

    /** A sealed block with its body: the size is that of the whole block's encoding. */
    public static ChainBlock of(org.nos.protocol.block.Block block) {
        return new ChainBlock(block.header(), block.header().hash(), block.encode().length);
    }

    /** A stored block: header RLP and the stored size (null on rows from before sizes were stored: an empty body). */
    public static ChainBlock fromStored(byte[] headerRlp, Integer size) {
        if (size == null) return fromHeaderRlp(headerRlp);
        return new ChainBlock(BlockHeader.decode(headerRlp), Hash.keccak(headerRlp), size);
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
