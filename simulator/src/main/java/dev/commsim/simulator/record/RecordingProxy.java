package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.control.ControlEndpoint;
import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record mode: a server on the simulator's port that forwards every provider request to the real
 * provider (Whapi.Cloud, or Z-API for {@code /instances/…}), answers the upstream's answer unchanged
 * and appends each exchange to a recording ({@link Recorder}). Nothing is simulated here. {@code /_sim/}
 * is never forwarded: it serves {@code GET /_sim/health} and {@code GET /_sim/recording} (the file and
 * its count of exchanges), behind the admin token when one is set.
 */
public final class RecordingProxy implements HttpHandler, AutoCloseable {
    private final Recorder recorder;
    private final Upstream whapi;
    private final Upstream zapi;
    private final byte[] adminToken;
    private Undertow server;
    private String host;
    private int port;

    private RecordingProxy(Recorder recorder, Upstream whapi, Upstream zapi, String adminToken) {
        this.recorder = recorder;
        this.whapi = whapi;
        this.zapi = zapi;
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Creates the recording (a file that exists is refused) and starts listening where {@code listen}
     * says (host, port, body size limit, admin token, which the caller has checked against the host).
     * Start-up problems are {@link IllegalStateException}s whose message says what to do.
     */
    public static RecordingProxy start(Listener listen, RecordSettings record) {
        Map<String, String> upstreams = new LinkedHashMap<>();
        if (record.whapi() != null) {
            upstreams.put("whapi", record.whapi().toString());
        }
        if (record.zapi() != null) {
            upstreams.put("zapi", record.zapi().toString());
        }
        RecordingWriter writer;
        try {
            writer = RecordingWriter.create(record.file(), new RecordingHeader("proxy", Clock.systemUTC().instant(),
                    upstreams, null, false));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalStateException("the recording " + record.file() + " already exists: give a new file name "
                    + "(a recording is never overwritten or appended to by another session)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the recording " + record.file() + ": " + e.getMessage());
        }
        RecordingProxy proxy = new RecordingProxy(new Recorder(writer, Clock.systemUTC()),
                record.whapi() == null ? null : new HttpUpstream(record.whapi(), record.timeout()),
                record.zapi() == null ? null : new HttpUpstream(record.zapi(), record.timeout()), listen.adminToken());
        proxy.server = Undertow.builder()
                .addHttpListener(listen.port(), listen.host())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, listen.maxBodyBytes())
                .setHandler(proxy)
                .build();
        try {
            proxy.server.start();
        } catch (RuntimeException e) {
            writer.close();
            throw new IllegalStateException("cannot listen on " + listen.host() + ":" + listen.port() + ": " + e.getMessage());
        }
        proxy.host = listen.host();
        proxy.port = ((InetSocketAddress) proxy.server.getListenerInfo().get(0).getAddress()).getPort();
        return proxy;
    }

    public String baseUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port;
    }

    public java.nio.file.Path recording() {
        return recorder.writer().file();
    }

    /** Exchanges written so far, the starting world's reads included. */
    public int exchanges() {
        return recorder.writer().exchanges();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            // Forwarding blocks until the upstream answers: never on an I/O thread.
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        String path = rawPath(exchange);
        if (path.equals("/_sim") || path.startsWith("/_sim/")) {
            control(exchange, path);
            return;
        }
        ProviderRequest request;
        try {
            request = new ProviderRequest(exchange.getRequestMethod().toString(), path,
                    exchange.getQueryString().isEmpty() ? null : exchange.getQueryString(), headers(exchange),
                    Exchanges.readBody(exchange));
        } catch (IOException e) {
            String dialect = path.startsWith("/instances") ? "zapi" : "whapi";
            boolean tooLarge = Exchanges.isTooLarge(e);
            writeJson(exchange, tooLarge ? 413 : 400, GatewayErrors.error(dialect, tooLarge ? 413 : 400,
                    tooLarge ? "Request Entity Too Large" : "Bad Request",
                    tooLarge ? "the body is over the recorder's --max-body-bytes; it was not forwarded"
                            : "the body could not be read: " + e.getMessage()));
            return;
        }
        Upstream upstream = request.isZapi() ? zapi : whapi;
        if (upstream == null) {
            String dialect = request.isZapi() ? "zapi" : "whapi";
            writeJson(exchange, GatewayErrors.BAD_GATEWAY, GatewayErrors.badGateway(dialect, "record mode was started "
                    + "without " + (request.isZapi() ? "a Z-API upstream (--upstream-zapi URL)"
                    : "a Whapi.Cloud upstream (--upstream URL)") + "; the request was not forwarded"));
            return;
        }
        UpstreamAnswer answer = recorder.forward(request, upstream);
        exchange.setStatusCode(answer.status());
        answer.headers().forEach((name, values) -> exchange.getResponseHeaders().putAll(HttpString.tryFromString(name),
                values));
        exchange.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_LENGTH, answer.body().length);
        exchange.getResponseSender().send(ByteBuffer.wrap(answer.body()));
    }

    /** The path as the client sent it (not decoded), so it is forwarded unchanged. */
    private static String rawPath(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        if (!uri.startsWith("/")) {
            // An absolute-form request line: keep only its path.
            int slash = uri.indexOf('/', uri.indexOf("://") + 3);
            uri = slash < 0 ? "/" : uri.substring(slash);
        }
        return uri;
    }

    private static Map<String, List<String>> headers(HttpServerExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            headers.put(values.getHeaderName().toString(), new ArrayList<>(values));
        }
        return headers;
    }

    private void control(HttpServerExchange exchange, String path) {
        String given = exchange.getRequestHeaders().getFirst(ControlEndpoint.ADMIN_TOKEN_HEADER);
        if (adminToken != null && (given == null
                || !MessageDigest.isEqual(adminToken, given.getBytes(StandardCharsets.UTF_8)))) {
            writeJson(exchange, 401, Json.object().put("error", "the control plane needs the admin token in the "
                    + ControlEndpoint.ADMIN_TOKEN_HEADER + " header"));
            return;
        }
        boolean get = exchange.getRequestMethod().toString().equals("GET");
        if (get && path.equals("/_sim/health")) {
            writeJson(exchange, 200, Json.object().put("status", "ok").put("mode", "record"));
        } else if (get && path.equals("/_sim/recording")) {
            ObjectNode node = Json.object();
            node.put("file", recording().toAbsolutePath().toString());
            node.put("exchanges", exchanges());
            if (recorder.writeProblem() != null) {
                node.put("problem", recorder.writeProblem());
            }
            ObjectNode upstreams = node.putObject("upstreams");
            if (whapi != null) {
                upstreams.put("whapi", whapi.name());
            }
            if (zapi != null) {
                upstreams.put("zapi", zapi.name());
            }
            writeJson(exchange, 200, node);
        } else {
            writeJson(exchange, 404, Json.object().put("error", "record mode simulates nothing: /_sim/ serves only "
                    + "GET /_sim/health and GET /_sim/recording here, and is never forwarded"));
        }
    }

    private static void writeJson(HttpServerExchange exchange, int status, JsonNode body) {
        byte[] bytes = Json.bytes(body);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_LENGTH, bytes.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** Stops listening and closes the recording (every exchange is already on disk). */
    @Override
    public void close() {
        server.stop();
        recorder.close();
    }
}
