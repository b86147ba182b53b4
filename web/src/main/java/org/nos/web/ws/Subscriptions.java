package org.nos.web.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.ejb.chain.BlockSealedEvent;
import org.nos.ejb.chain.StoredLog;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.ejb.txpool.PendingTransactionEvent;
import org.nos.web.rpc.eth.BlockDto;
import org.nos.web.rpc.eth.LogDto;
import org.nos.web.rpc.filter.FilterIds;
import org.nos.web.rpc.filter.LogCriteria;

/**
 * The live eth_subscribe subscriptions of all WebSocket connections: newHeads, logs (with an address/topics filter)
 * and newPendingTransactions (hashes). Sealed blocks and accepted transactions are pushed as geth's notifications,
 * {@code {"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":id,"result":…}}}, without blocking
 * the thread that fired the event.
 */
@ApplicationScoped
public class Subscriptions {
    private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The kinds geth serves in the eth namespace that NOS supports. */
    public enum Kind {
        NEW_HEADS("newHeads"), LOGS("logs"), NEW_PENDING_TRANSACTIONS("newPendingTransactions");

        final String rpcName;

        Kind(String rpcName) {
            this.rpcName = rpcName;
        }

        static Kind of(String name) {
            for (Kind k : values()) if (k.rpcName.equals(name)) return k;
            return null;
        }
    }

    record Subscription(String id, Kind kind, LogCriteria criteria, WebSocketConnection connection) {}

    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();

    public String subscribe(Kind kind, LogCriteria criteria, WebSocketConnection connection) {
        String id = FilterIds.next();
        byId.put(id, new Subscription(id, kind, criteria, connection));
        return id;
    }

    /** Cancels a subscription of {@code connection}; false when it has none with this id. */
    public boolean unsubscribe(String id, WebSocketConnection connection) {
        Subscription s = byId.get(id);
        return s != null && s.connection() == connection && byId.remove(id, s);
    }

    /** Drops every subscription of a closed connection. */
    public void closed(WebSocketConnection connection) {
        byId.values().removeIf(s -> s.connection() == connection);
    }

    public int size() {
        return byId.size();
    }

    void onBlockSealed(@Observes BlockSealedEvent event) {
        if (byId.isEmpty()) return;
        String head = null;
        for (Subscription s : byId.values()) {
            if (s.kind() == Kind.NEW_HEADS) {
                if (head == null) head = header(event);
                s.connection().send(notification(s.id(), head));
            } else if (s.kind() == Kind.LOGS) {
                for (StoredReceipt r : event.receipts()) {
                    for (StoredLog log : r.logs()) {
                        if (s.criteria().matches(log)) s.connection().send(notification(s.id(), json(LogDto.of(log))));
                    }
                }
            }
        }
    }

    void onPendingTransaction(@Observes PendingTransactionEvent event) {
        if (byId.isEmpty()) return;
        String hash = json(event.hash().toHex());
        for (Subscription s : byId.values()) {
            if (s.kind() == Kind.NEW_PENDING_TRANSACTIONS) s.connection().send(notification(s.id(), hash));
        }
    }

    /** A header as geth's newHeads sends it: the block's fields without the body. */
    static String header(BlockSealedEvent event) {
        ObjectNode node = MAPPER.valueToTree(BlockDto.of(event.block(), false));
        node.remove(java.util.List.of("transactions", "uncles", "size", "totalDifficulty", "withdrawals"));
        return node.toString();
    }

    static String notification(String id, String resultJson) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":{\"subscription\":\"" + id
                + "\",\"result\":" + resultJson + "}}";
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot serialise a notification", e);
            throw new UncheckedIOException(e);
        }
    }
}
