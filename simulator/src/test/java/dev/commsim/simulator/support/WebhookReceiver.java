package dev.commsim.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A local HTTP listener on a free loopback port that records the webhooks it receives, answering
 * each with a status chosen per call (by default 200), so tests can make deliveries fail and retry.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile IntUnaryOperator statusForCall = call -> 200;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                int status = statusForCall.applyAsInt(calls.incrementAndGet());
                if (status < 300) {
                    received.add(JSON.readTree(in.readAllBytes()));
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The status to answer the n-th call with (1-based). */
    public void answer(IntUnaryOperator statusForCall) {
        this.statusForCall = statusForCall;
    }

    public int calls() {
        return calls.get();
    }

    /** Polls, with a deadline, for an accepted payload that matches. */
    public JsonNode await(Predicate<JsonNode> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode payload : received) {
                if (wanted.test(payload)) {
                    return payload;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching webhook within 10 s; received: " + received);
    }

    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
