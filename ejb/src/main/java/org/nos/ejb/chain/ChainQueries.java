package org.nos.ejb.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.nos.ejb.txpool.PoolHolder;
import org.nos.jpa.tx.LogRow;
import org.nos.jpa.tx.TransactionRepository;
import org.nos.jpa.tx.TransactionRow;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.block.Bloom;
import org.nos.protocol.block.Log;
import org.nos.protocol.tx.Transaction;
import java.util.Optional;
import org.nos.jpa.block.BlockEntity;
import org.nos.jpa.block.BlockRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;

/**
 * Read-only access to sealed blocks for JSON-RPC and other readers: the in-memory head first, the
 * database for older blocks. The transactions, receipts and logs of blocks whose rows are not yet written come from
 * {@link UnwrittenBlocks}, which is always asked before the tables. No transaction is started on this path.
 */
@ApplicationScoped
public class ChainQueries {

    @Inject
    ChainHead chainHead;

    @Inject
    BlockRepository blocks;

    @Inject
    TransactionRepository transactions;

    @Inject
    PoolHolder pool;

    @Inject
    UnwrittenBlocks unwritten;

    private static final int RECENT_TX_BLOCKS = 64;
    private final java.util.concurrent.ConcurrentHashMap<Long, List<StoredTransaction>> recentTransactions =
            new java.util.concurrent.ConcurrentHashMap<>();

    public ChainBlock head() {
        return chainHead.head();
    }

    public ChainBlock genesis() {
        return chainHead.genesis();
    }

    public Optional<ChainBlock> byNumber(long number) {
        ChainBlock head = chainHead.head();
        if (number < 0 || number > head.number()) return Optional.empty();
        ChainBlock recent = chainHead.recent(number);
        if (recent != null) return Optional.of(recent);
        return blocks.findByNumber(number).map(ChainQueries::toBlock);
    }

    public Optional<ChainBlock> byHash(Hash hash) {
        ChainBlock head = chainHead.head();
        if (head.hash().equals(hash)) return Optional.of(head);
        return blocks.findByHash(hash.toArray())
                .filter(row -> row.getNumber() <= head.number())
                .map(ChainQueries::toBlock);
    }

    static ChainBlock toBlock(BlockEntity row) {
        return ChainBlock.fromStored(row.getHeaderRlp(), row.getSize());
    }

    /** A sealed transaction by hash, else one in the pool. */
    public Optional<StoredTransaction> transaction(Hash hash) {
        Optional<StoredTransaction> recent = unwritten.transaction(hash);
        if (recent.isPresent()) return recent;
        Optional<TransactionRow> row = transactions.byHash(hash);
        if (row.isPresent()) {
            Optional<StoredTransaction> sealed = toTransaction(row.get());
            if (sealed.isPresent()) return sealed;
        }
        return pool.isLoaded() ? pool.pool().get(hash).map(StoredTransaction::pending) : Optional.empty();
    }

    public Optional<StoredReceipt> receipt(Hash txHash) {
        Optional<StoredReceipt> recent = unwritten.receipt(txHash);
        if (recent.isPresent()) return recent;
        Optional<TransactionRow> row = transactions.byHash(txHash);
        if (row.isEmpty()) return Optional.empty();
        Optional<ChainBlock> block = byNumber(row.get().blockNumber());
        if (block.isEmpty()) return Optional.empty();
        List<LogRow> logs = transactions.logsOfBlock(row.get().blockNumber());
        return Optional.of(toReceipt(row.get(), block.get(), logs));
    }

    /** Keeps a just-sealed block's transactions in memory, for the readers of recent blocks. */
    public void rememberTransactions(long blockNumber, List<StoredTransaction> txs) {
        recentTransactions.put(blockNumber, List.copyOf(txs));
        recentTransactions.remove(blockNumber - RECENT_TX_BLOCKS);
    }

    /** The transactions of a block in order; empty for an unknown block. */
    public List<StoredTransaction> blockTransactions(long blockNumber) {
        Optional<ChainBlock> block = byNumber(blockNumber);
        if (block.isEmpty() || block.get().header().transactionsRoot().equals(Hash.EMPTY_TRIE)) return List.of();
        List<StoredTransaction> recent = recentTransactions.get(blockNumber);
        if (recent != null) return recent;
        Optional<List<StoredTransaction>> unwrittenRows = unwritten.transactions(blockNumber);
        if (unwrittenRows.isPresent()) return unwrittenRows.get();
        Hash blockHash = block.get().hash();
        return transactions.byBlock(blockNumber).stream().map(r -> toTransaction(r, blockHash)).toList();
    }

    public List<StoredReceipt> blockReceipts(long blockNumber) {
        Optional<ChainBlock> block = byNumber(blockNumber);
        if (block.isEmpty() || block.get().header().transactionsRoot().equals(Hash.EMPTY_TRIE)) return List.of();
        Optional<List<StoredReceipt>> recent = unwritten.receipts(blockNumber);
        if (recent.isPresent()) return recent.get();
        List<LogRow> logs = transactions.logsOfBlock(blockNumber);
        return transactions.byBlock(blockNumber).stream().map(r -> toReceipt(r, block.get(), logs)).toList();
    }

    /** The logs matching {@code query}, ordered by block and log index. */
    public List<StoredLog> logs(LogQuery query, int maxResults) throws TooManyResultsException {
        long from = query.fromBlock();
        long to = query.toBlock();
        Hash expectedHash = null;
        if (query.blockHash() != null) {
            Optional<ChainBlock> block = byHash(query.blockHash());
            if (block.isEmpty()) return List.of();
            from = to = block.get().number();
            expectedHash = block.get().hash();
        }
        int limit = maxResults == Integer.MAX_VALUE ? maxResults : maxResults + 1;
        List<long[]> runs = candidateRuns(from, to, query);
        NavigableMap<Long, UnwrittenBlocks.Block> recent = unwritten.snapshot(); // after the runs read the head
        long firstRecent = recent.isEmpty() ? Long.MAX_VALUE : recent.firstKey();
        List<StoredLog> found = new ArrayList<>();
        for (long[] run : runs) {
            if (run[0] < firstRecent) {
                for (LogRow r : transactions.logs(run[0], Math.min(run[1], firstRecent - 1), query.addresses(),
                        query.topics(), limit - found.size())) {
                    found.add(toLog(r));
                }
            }
            for (UnwrittenBlocks.Block block : recent.subMap(run[0], true, run[1], true).values()) {
                for (StoredReceipt receipt : block.receipts()) {
                    for (StoredLog log : receipt.logs()) {
                        if (found.size() < limit && query.matches(log.address(), log.topics())) found.add(log);
                    }
                }
            }
            if (found.size() >= limit) break;
        }
        if (found.size() > maxResults) {
            throw new TooManyResultsException("query returned more than " + maxResults + " results");
        }
        if (expectedHash == null) return found;
        Hash hash = expectedHash;
        return found.stream().filter(log -> hash.equals(log.blockHash())).toList();
    }

    /**
     * The runs of consecutive blocks in {@code [from, to]} whose logs bloom may match, as {@code [first, last]}: only
     * their logs are read, as geth reads logs without an index.
     */
    private List<long[]> candidateRuns(long from, long to, LogQuery query) {
        List<long[]> runs = new ArrayList<>();
        long head = chainHead.head().number();
        long last = Math.min(to, head);
        if (from > last) return runs;
        List<BlockHeader> headers = new ArrayList<>();
        if (last - from < 256 && chainHead.recent(from) != null && chainHead.recent(last) != null) {
            for (long n = from; n <= last; n++) {
                ChainBlock b = chainHead.recent(n);
                if (b == null || b.number() != n) return List.of(new long[] {from, last}); // moved on meanwhile: read all
                headers.add(b.header());
            }
        } else {
            blocks.findRange(from, last).forEach(row -> headers.add(BlockHeader.decode(row.getHeaderRlp())));
        }
        for (BlockHeader header : headers) {
            if (!query.mightMatch(Bloom.of(header.logsBloom()))) continue;
            long n = header.number();
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == n - 1) runs.get(runs.size() - 1)[1] = n;
            else runs.add(new long[] {n, n});
        }
        return runs;
    }

    private Optional<StoredTransaction> toTransaction(TransactionRow row) {
        return byNumber(row.blockNumber()).filter(b -> true).map(b -> toTransaction(row, b.hash()));
    }

    private static StoredTransaction toTransaction(TransactionRow row, Hash blockHash) {
        return new StoredTransaction(Transaction.decode(row.raw()), row.sender(), blockHash, row.blockNumber(),
                row.index(), row.effectiveGasPrice());
    }

    private static StoredLog toLog(LogRow r) {
        return new StoredLog(r.address(), r.topics(), r.data(), r.blockNumber(), r.blockHash(), r.transactionHash(),
                r.transactionIndex(), r.logIndex());
    }

    private static StoredReceipt toReceipt(TransactionRow row, ChainBlock block, List<LogRow> blockLogs) {
        Transaction tx = Transaction.decode(row.raw());
        List<StoredLog> logs = new ArrayList<>();
        List<Log> plain = new ArrayList<>();
        for (LogRow l : blockLogs) {
            if (l.transactionIndex() != row.index()) continue;
            logs.add(toLog(l));
            plain.add(new Log(l.address(), l.topics(), l.data()));
        }
        return new StoredReceipt(row.hash(), row.index(), block.hash(), row.blockNumber(), row.sender(), tx.to(),
                row.contractAddress(), row.gasUsed(), row.cumulativeGasUsed(), row.effectiveGasPrice(), row.success(),
                tx.type().code(), logs, Bytes.wrap(Bloom.fromLogs(plain).toArray()), row.depositNonce());
    }
}
