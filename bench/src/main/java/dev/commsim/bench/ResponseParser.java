package dev.commsim.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Finds where one HTTP/1.1 response ends in bytes that arrive in arbitrary pieces. It reads only what
 * the load needs (the status code and the headers that frame the body or end the connection) and skips
 * the body without copying it, so the load client spends its CPU on nothing else. No allocation per
 * response: lines are read in place in the connection's buffer.
 */
final class ResponseParser {
    private enum State { STATUS_LINE, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, DONE }

    private static final byte[] HTTP_1 = "HTTP/1.".getBytes(StandardCharsets.US_ASCII);

    private State state = State.STATUS_LINE;
    private int status;
    private long contentLength;
    private boolean chunked;
    private boolean closeAfter;
    /** Body or chunk bytes still to skip. */
    private long left;

    /** Readies the parser for the next response on the same connection. */
    void reset() {
        state = State.STATUS_LINE;
        status = 0;
    }

    int status() {
        return status;
    }

    /** The server said it closes the connection after this response (or the body ends only at close). */
    boolean closeAfter() {
        return closeAfter;
    }

    /**
     * Consumes what it can of {@code in} (in read mode) and returns true once the whole response has
     * been consumed. An incomplete line is left unconsumed for the next call; bytes after the end of
     * the response are left in the buffer too.
     */
    boolean parse(ByteBuffer in) throws IOException {
        while (true) {
            switch (state) {
                case DONE:
                    return true;
                case UNTIL_CLOSE:
                    in.position(in.limit());
                    return false;
                case BODY:
                case CHUNK_DATA: {
                    int skip = (int) Math.min(left, in.remaining());
                    in.position(in.position() + skip);
                    left -= skip;
                    if (left > 0) {
                        return false;
                    }
                    state = state == State.BODY ? State.DONE : State.CHUNK_END;
                    break;
                }
                default: {
                    int from = in.position();
                    int newline = indexOf(in, from, in.limit(), '\n');
                    if (newline < 0) {
                        if (from == 0 && in.limit() == in.capacity()) {
                            throw new IOException("response line longer than the " + in.capacity() + "-byte buffer");
                        }
                        return false;
                    }
                    int to = newline > from && in.get(newline - 1) == '\r' ? newline - 1 : newline;
                    in.position(newline + 1);
                    line(in, from, to);
                }
            }
        }
    }

    /** The server closed the connection; true when that is how this response's body ends. */
    boolean endOfStream() {
        if (state != State.UNTIL_CLOSE) {
            return false;
        }
        state = State.DONE;
        return true;
    }

    private void line(ByteBuffer in, int from, int to) throws IOException {
        switch (state) {
            case STATUS_LINE -> statusLine(in, from, to);
            case HEADERS -> {
                if (from == to) {
                    endOfHeaders();
                } else {
                    header(in, from, to);
                }
            }
            case CHUNK_SIZE -> {
                left = hex(in, from, to);
                state = left == 0 ? State.TRAILERS : State.CHUNK_DATA;
            }
            case CHUNK_END -> state = State.CHUNK_SIZE;
            case TRAILERS -> {
                if (from == to) {
                    state = State.DONE;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void statusLine(ByteBuffer in, int from, int to) throws IOException {
        int space = indexOf(in, from, to, ' ');
        if (!startsWith(in, from, to, HTTP_1) || space < 0 || to - space < 4) {
            throw new IOException("not an HTTP status line: " + ascii(in, from, to));
        }
        status = (int) decimal(in, space + 1, space + 4);
        closeAfter = in.get(from + HTTP_1.length) == '0'; // HTTP/1.0 closes unless it says keep-alive
        contentLength = -1;
        chunked = false;
        state = State.HEADERS;
    }

    private void header(ByteBuffer in, int from, int to) throws IOException {
        int colon = indexOf(in, from, to, ':');
        if (colon <= from) {
            return;
        }
        int valueFrom = colon + 1;
        while (valueFrom < to && (in.get(valueFrom) == ' ' || in.get(valueFrom) == '\t')) {
            valueFrom++;
        }
        if (nameIs(in, from, colon, "content-length")) {
            contentLength = decimal(in, valueFrom, to);
        } else if (nameIs(in, from, colon, "transfer-encoding")) {
            chunked = contains(in, valueFrom, to, "chunked");
        } else if (nameIs(in, from, colon, "connection")) {
            if (contains(in, valueFrom, to, "close")) {
                closeAfter = true;
            } else if (contains(in, valueFrom, to, "keep-alive")) {
                closeAfter = false;
            }
        }
    }

    private void endOfHeaders() {
        if (status / 100 == 1 || status == 204 || status == 304) {
            state = State.DONE; // never a body
        } else if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (contentLength >= 0) {
            left = contentLength;
            state = left == 0 ? State.DONE : State.BODY;
        } else {
            closeAfter = true;
            state = State.UNTIL_CLOSE;
        }
    }

    private static int indexOf(ByteBuffer in, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (in.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(ByteBuffer in, int from, int to, byte[] prefix) {
        if (to - from < prefix.length + 1) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (in.get(from + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Header name equality, ASCII case-insensitive; {@code lowerName} is lower case. */
    private static boolean nameIs(ByteBuffer in, int from, int to, String lowerName) {
        while (to > from && in.get(to - 1) == ' ') {
            to--;
        }
        return to - from == lowerName.length() && matchesAt(in, from, lowerName);
    }

    private static boolean contains(ByteBuffer in, int from, int to, String lowerWord) {
        for (int i = from; i + lowerWord.length() <= to; i++) {
            if (matchesAt(in, i, lowerWord)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(ByteBuffer in, int at, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            int b = in.get(at + i);
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long decimal(ByteBuffer in, int from, int to) throws IOException {
        long value = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            int b = in.get(i);
            if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                digits++;
            } else if (b != ' ' && b != '\t') {
                break;
            }
        }
        if (digits == 0) {
            throw new IOException("not a number: " + ascii(in, from, to));
        }
        return value;
    }

    /** A chunk-size line: hex digits, then optional extensions after ';'. */
    private static long hex(ByteBuffer in, int from, int to) throws IOException {
        long value = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(in.get(i), 16);
            if (digit < 0) {
                break;
            }
            value = value * 16 + digit;
            digits++;
        }
        if (digits == 0) {
            throw new IOException("not a chunk size: " + ascii(in, from, to));
        }
        return value;
    }

    private static String ascii(ByteBuffer in, int from, int to) {
        byte[] bytes = new byte[Math.min(to - from, 200)];
        in.get(from, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
