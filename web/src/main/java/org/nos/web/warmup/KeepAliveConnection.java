package org.nos.web.warmup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 connection that POSTs JSON and reads each answer whole before the next request, kept open between
 * requests as wallets and load tools keep theirs. Just enough HTTP for the warm-up: a response must carry a
 * Content-Length, or have no body, or end with the connection.
 */
final class KeepAliveConnection implements Closeable {
    /** An HTTP status and its body. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final URI uri;
    private final int timeoutMillis;
    private final byte[] head;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * A connection to {@code uri} that sends the header lines {@code headers} ("Name: value", Host among them) with
     * every request, and the body's length as {@code contentLength}, the header's name as the client writes it.
     */
    KeepAliveConnection(URI uri, int timeoutMillis, List<String> headers, String contentLength) {
        this.uri = uri;
        this.timeoutMillis = timeoutMillis;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n");
        for (String header : headers) head.append(header).append("\r\n");
        this.head = head.append(contentLength).append(": ").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts {@code json} and returns the whole response; opens the connection first if it is closed. */
    Response post(byte[] json) throws IOException {
        if (socket == null) open();
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length + 16 + json.length);
        request.writeBytes(head);
        request.writeBytes((json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(json);
        try {
            out.write(request.toByteArray()); // in one write: one segment for a small request
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(timeoutMillis);
            s.connect(new InetSocketAddress(uri.getHost(), port(uri)), timeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP response: " + statusLine);
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean closes = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-length")) length = Long.parseLong(value);
            else if (name.equals("connection")) closes = value.equalsIgnoreCase("close");
            else if (name.equals("transfer-encoding")) throw new IOException("chunked responses are not read here");
        }
        byte[] body;
        if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) throw new IOException("connection closed in a response body");
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
            closes = true;
        }
        if (closes) close();
        return new Response(status, body);
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new IOException("connection closed in a response head");
            if (b != '\r') line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do with it
        } finally {
            socket = null;
        }
    }

    /** The port of {@code uri}, 80 when it names none. */
    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : 80;
    }
}
