package org.nos.web.ws;

import jakarta.websocket.Session;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One WebSocket client: sends text frames in order without blocking the caller (async remote, one at a time). */
public final class WebSocketConnection {
    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class.getName());

    private final Session session;

    WebSocketConnection(Session session) {
        this.session = session;
    }

    /** Queues a text frame; a closed or failing connection drops it. */
    public void send(String text) {
        if (!session.isOpen()) return;
        synchronized (this) {
            try {
                session.getAsyncRemote().sendText(text);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "WebSocket send failed", e);
            }
        }
    }
}
