package dev.commsim.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection to a loopback server, synchronous and blocking, for the calls
 * where simplicity beats CPU: building the clients' worlds, capturing WireMock's stubs and the startup
 * probe; the load itself runs on {@link LoadConnection}, with requests made by {@link #encode}. It
 * reads Content-Length and chunked bodies and reconnects when the server closes the connection.
 */
final class HttpConnection implements Closeable {
    record Response(int status, byte[] body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    HttpConnection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    static byte[] encode(String method, String path, String hostHeader, String token, String jsonBody) {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(160)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (jsonBody != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends an encoded request; the body is kept only when {@code keepBody}. */
    Response send(byte[] request, boolean keepBody) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return read(keepBody);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket fresh = new Socket();
        fresh.setTcpNoDelay(true);
        fresh.setSoTimeout(timeoutMillis);
        fresh.connect(new InetSocketAddress(host, port), timeoutMillis);
        socket = fresh;
        out = fresh.getOutputStream();
        in = new BufferedInputStream(fresh.getInputStream(), 16 * 1024);
    }

    private Response read(boolean keepBody) throws IOException {
        String statusLine = line();
        int firstSpace = statusLine.indexOf(' ');
        if (!statusLine.startsWith("HTTP/1.") || firstSpace < 0 || statusLine.length() < firstSpace + 4) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(firstSpace + 1, firstSpace + 4));
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closeAfter = value.equalsIgnoreCase("close");
            }
        }
        ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
        if (chunked) {
            for (long size = Long.parseLong(chunkSize(line()), 16); size > 0;
                 size = Long.parseLong(chunkSize(line()), 16)) {
                body(size, body);
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are ignored
            }
        } else if (contentLength >= 0) {
            body(contentLength, body);
        } else {
            closeAfter = true;
            body(Long.MAX_VALUE, body);
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, body == null ? null : body.toByteArray());
    }

    private static String chunkSize(String line) {
        int semicolon = line.indexOf(';');
        return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
    }

    private final byte[] skip = new byte[8192];

    private void body(long length, ByteArrayOutputStream keep) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("connection closed inside a body");
            }
            if (keep != null) {
                keep.write(skip, 0, n);
            }
            left -= n;
        }
    }

    private final StringBuilder lineBuffer = new StringBuilder(128);

    private String line() throws IOException {
        lineBuffer.setLength(0);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                int length = lineBuffer.length();
                if (length > 0 && lineBuffer.charAt(length - 1) == '\r') {
                    lineBuffer.setLength(length - 1);
                }
                return lineBuffer.toString();
            }
            lineBuffer.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket; nothing to recover
            }
            socket = null;
            out = null;
            in = null;
        }
    }
}
