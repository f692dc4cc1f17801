package dev.commsim.simulator.http;

import io.undertow.connector.PooledByteBuffer;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Deque;

/** Reading and writing Undertow exchanges, the same way for every dialect. */
public final class Exchanges {
    private Exchanges() {
    }

    private static final io.undertow.util.AttachmentKey<byte[]> BODY = io.undertow.util.AttachmentKey.create(byte[].class);
    private static final io.undertow.util.AttachmentKey<IOException> BODY_FAILURE =
            io.undertow.util.AttachmentKey.create(IOException.class);

    /** Leaves a body read ahead of the handler (or the read's failure) for {@link #readBody}. */
    public static void attachBody(HttpServerExchange exchange, byte[] body, IOException failure) {
        if (body != null) {
            exchange.putAttachment(BODY, body);
        }
        if (failure != null) {
            exchange.putAttachment(BODY_FAILURE, failure);
        }
    }

    /**
     * The whole body: the one read ahead by the pipeline, or read now (blocking, off the I/O thread).
     * An oversized body fails here, as the server's entity size limit or the read ahead found it.
     */
    public static byte[] readBody(HttpServerExchange exchange) throws IOException {
        IOException failure = exchange.getAttachment(BODY_FAILURE);
        if (failure != null) {
            throw failure;
        }
        byte[] attached = exchange.getAttachment(BODY);
        if (attached != null) {
            return attached;
        }
        if (!exchange.isBlocking()) {
            exchange.startBlocking();
        }
        try (InputStream in = exchange.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public static void write(HttpServerExchange exchange, Reply reply) {
        exchange.setStatusCode(reply.status());
        if (reply.body() == null) {
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        PooledByteBuffer pooled = exchange.getConnection().getByteBufferPool().allocate();
        ByteBuffer buffer = pooled.getBuffer().clear();
        if (Json.write(reply.body(), buffer)) {
            buffer.flip();
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, buffer.remaining());
            exchange.getResponseSender().send(buffer, new Release(pooled));
            return;
        }
        pooled.close();
        byte[] bytes = Json.bytes(reply.body());
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** Gives the pooled buffer of an answer back once the answer is sent (or failed), then ends the exchange. */
    private record Release(PooledByteBuffer pooled) implements IoCallback {
        @Override
        public void onComplete(HttpServerExchange exchange, Sender sender) {
            pooled.close();
            IoCallback.END_EXCHANGE.onComplete(exchange, sender);
        }

        @Override
        public void onException(HttpServerExchange exchange, Sender sender, IOException exception) {
            pooled.close();
            IoCallback.END_EXCHANGE.onException(exchange, sender, exception);
        }
    }

    public static String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A parameter of the matched path template (kept apart from the query string on purpose). */
    public static String pathParam(HttpServerExchange exchange, String name) {
        io.undertow.util.PathTemplateMatch match = exchange.getAttachment(io.undertow.util.PathTemplateMatch.ATTACHMENT_KEY);
        return match == null ? null : match.getParameters().get(name);
    }

    /** True when the failure is the server refusing a body over its size limit. */
    public static boolean isTooLarge(IOException e) {
        return e instanceof io.undertow.server.RequestTooBigException
                || (e.getMessage() != null && e.getMessage().contains("UT000020"));
    }
}
