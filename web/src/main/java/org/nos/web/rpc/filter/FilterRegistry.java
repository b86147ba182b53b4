package org.nos.web.rpc.filter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.nos.ejb.chain.BlockSealedEvent;
import org.nos.ejb.chain.StoredLog;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.ejb.txpool.PendingTransactionEvent;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcSettings;
import org.nos.web.rpc.eth.LogDto;

/**
 * The polling filters of eth_newFilter, eth_newBlockFilter and eth_newPendingTransactionFilter, in memory. Sealed
 * blocks and accepted transactions are pushed into every matching filter as they happen; eth_getFilterChanges
 * drains a filter. A filter not polled for {@code nos.rpc.filter-timeout} (geth: 5 minutes) is removed. Each filter
 * buffers at most {@link #MAX_BUFFERED} entries (the oldest are dropped).
 */
@ApplicationScoped
public class FilterRegistry {
    /** The most undelivered entries one filter keeps. */
    static final int MAX_BUFFERED = 10_000;
    /** geth's error for an unknown or expired filter id. */
    public static final String NOT_FOUND = "filter not found";

    @Inject
    RpcSettings settings;

    private final Map<String, Filter> filters = new ConcurrentHashMap<>();
    private LongSupplier clock = System::nanoTime;
    private Duration timeout;

    /** Which kind of changes a filter collects. */
    public enum Kind { LOGS, BLOCKS, PENDING_TRANSACTIONS }

    private static final class Filter {
        final Kind kind;
        final LogCriteria criteria;
        final ArrayList<Object> buffer = new ArrayList<>();
        volatile long lastPoll;

        Filter(Kind kind, LogCriteria criteria, long now) {
            this.kind = kind;
            this.criteria = criteria;
            this.lastPoll = now;
        }

        synchronized void add(Object entry) {
            if (buffer.size() >= MAX_BUFFERED) buffer.remove(0);
            buffer.add(entry);
        }

        synchronized List<Object> drain() {
            List<Object> out = new ArrayList<>(buffer);
            buffer.clear();
            return out;
        }
    }

    public FilterRegistry() {
    }

    /** For tests: a registry with its own timeout and clock (nanoseconds). */
    FilterRegistry(Duration timeout, LongSupplier clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    public String newLogFilter(LogCriteria criteria) {
        return install(Kind.LOGS, criteria);
    }

    public String newBlockFilter() {
        return install(Kind.BLOCKS, null);
    }

    public String newPendingTransactionFilter() {
        return install(Kind.PENDING_TRANSACTIONS, null);
    }

    private String install(Kind kind, LogCriteria criteria) {
        expire();
        String id = FilterIds.next();
        filters.put(id, new Filter(kind, criteria, clock.getAsLong()));
        return id;
    }

    /** What arrived since the last poll: {@link LogDto}s, or block or transaction hashes ({@code 0x} hex). */
    public List<Object> changes(String id) throws RpcException {
        Filter f = live(id);
        f.lastPoll = clock.getAsLong();
        return f.drain();
    }

    /** The criteria of a log filter (for eth_getFilterLogs). */
    public LogCriteria criteria(String id) throws RpcException {
        Filter f = live(id);
        if (f.kind != Kind.LOGS) throw new RpcException(-32000, NOT_FOUND);
        f.lastPoll = clock.getAsLong();
        return f.criteria;
    }

    public boolean uninstall(String id) {
        expire();
        return filters.remove(id) != null;
    }

    public int size() {
        return filters.size();
    }

    private Filter live(String id) throws RpcException {
        expire();
        Filter f = id == null ? null : filters.get(id);
        if (f == null) throw new RpcException(-32000, NOT_FOUND);
        return f;
    }

    /** Removes the filters nobody polled within the timeout. */
    void expire() {
        long now = clock.getAsLong();
        long limit = timeout().toNanos();
        filters.values().removeIf(f -> now - f.lastPoll > limit);
    }

    private Duration timeout() {
        if (timeout == null) timeout = settings.filterTimeout();
        return timeout;
    }

    void onBlockSealed(@Observes BlockSealedEvent event) {
        if (filters.isEmpty()) return;
        expire();
        String hash = event.block().hash().toHex();
        for (Filter f : filters.values()) {
            switch (f.kind) {
                case BLOCKS -> f.add(hash);
                case LOGS -> {
                    if (!f.criteria.inRange(event.block().number())) continue;
                    for (StoredReceipt r : event.receipts()) {
                        for (StoredLog log : r.logs()) {
                            if (f.criteria.matches(log)) f.add(LogDto.of(log));
                        }
                    }
                }
                case PENDING_TRANSACTIONS -> { }
            }
        }
    }

    void onPendingTransaction(@Observes PendingTransactionEvent event) {
        if (filters.isEmpty()) return;
        String hash = event.hash().toHex();
        for (Filter f : filters.values()) {
            if (f.kind == Kind.PENDING_TRANSACTIONS) f.add(hash);
        }
    }
}
