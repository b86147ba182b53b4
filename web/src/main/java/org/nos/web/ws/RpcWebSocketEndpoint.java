package org.nos.web.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.charset.StandardCharsets;
import org.nos.web.rpc.JsonRpcDispatcher;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.filter.LogCriteria;

/**
 * JSON-RPC 2.0 over WebSocket at {@code ws://host:8080/ws}: every HTTP method through the same
 * {@link JsonRpcDispatcher}, plus {@code eth_subscribe} ({@code newHeads}, {@code logs}, {@code newPendingTransactions})
 * and {@code eth_unsubscribe}, whose notifications come as geth sends them.
 */
@ServerEndpoint("/ws")
public class RpcWebSocketEndpoint {
    private WebSocketConnection connection;
    private Subscriptions subscriptions;
    private JsonRpcDispatcher dispatcher;

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(5 * 1024 * 1024);
        connection = new WebSocketConnection(session);
        subscriptions = CDI.current().select(Subscriptions.class).get();
        dispatcher = CDI.current().select(JsonRpcDispatcher.class).get();
    }

    @OnMessage
    public void message(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        JsonNode request = dispatcher.parse(body).root();
        if (request != null && request.isObject() && request.path("method").isTextual()) {
            String method = request.get("method").textValue();
            if (method.equals("eth_subscribe") || method.equals("eth_unsubscribe")) {
                connection.send(subscriptionCall(request, method));
                return;
            }
        }
        byte[] answer = dispatcher.dispatch(body);
        if (answer != null) connection.send(new String(answer, StandardCharsets.UTF_8));
    }

    private String subscriptionCall(JsonNode request, String method) {
        JsonNode id = request.get("id");
        ObjectNode response = Subscriptions.MAPPER.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", id);
        try {
            JsonNode params = request.path("params");
            Object result = method.equals("eth_subscribe") ? subscribe(params) : unsubscribe(params);
            response.set("result", Subscriptions.MAPPER.valueToTree(result));
        } catch (RpcException e) {
            ObjectNode error = response.putObject("error");
            error.put("code", e.code());
            error.put("message", e.getMessage());
        }
        return response.toString();
    }

    private String subscribe(JsonNode params) throws RpcException {
        if (!params.isArray() || params.isEmpty() || !params.get(0).isTextual()) {
            throw RpcException.invalidParams("expected subscription name as first argument");
        }
        String name = params.get(0).textValue();
        Subscriptions.Kind kind = Subscriptions.Kind.of(name);
        if (kind == null) throw new RpcException(RpcException.METHOD_NOT_FOUND, "no \"" + name + "\" subscription in eth namespace");
        LogCriteria criteria = null;
        if (kind == Subscriptions.Kind.LOGS) {
            criteria = LogCriteria.parse(params.get(1), 1);
            if (criteria.blockHash() != null || criteria.fromBlock() != null || criteria.toBlock() != null) {
                criteria = new LogCriteria(null, null, null, criteria.addresses(), criteria.topics());
            }
        }
        return subscriptions.subscribe(kind, criteria, connection);
    }

    private Boolean unsubscribe(JsonNode params) throws RpcException {
        if (!params.isArray() || params.isEmpty() || !params.get(0).isTextual()) {
            throw RpcException.invalidParams("expected subscription id as first argument");
        }
        if (!subscriptions.unsubscribe(params.get(0).textValue(), connection)) {
            throw new RpcException(-32000, "subscription not found");
        }
        return Boolean.TRUE;
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (subscriptions != null) subscriptions.closed(connection);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        if (subscriptions != null) subscriptions.closed(connection);
    }
}
