package dev.commsim.bench;

import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ceiling of the throughput comparison: Undertow, set up as the simulator sets it up (same version,
 * default options, 127.0.0.1), answering every request with the same fixed 200 JSON and doing nothing
 * else. Loaded in the simulator's place, it shows what any Undertow server can reach against WireMock on
 * this machine, so the simulator's ratio can be read against it.
 */
@Command(name = "empty-server", description = "Answers every request with a fixed JSON, for the bench's ceiling.")
public final class EmptyServer implements Callable<Integer> {
    /** Shaped like the simulator's answers (an {@code id}), so the bench's fixtures can be built on it too. */
    static final byte[] BODY = ("{\"id\":\"120363182246502036@g.us\",\"type\":\"group\",\"name\":\"Bench\","
            + "\"participants\":[{\"id\":\"15550000001\",\"rank\":\"member\"}]}").getBytes(StandardCharsets.UTF_8);

    @Option(names = "--port", required = true, description = "Port to listen on, on 127.0.0.1.")
    int port;

    public static void main(String[] args) {
        int code = new CommandLine(new EmptyServer()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        Undertow.builder()
                .addHttpListener(port, ServerProcess.HOST)
                .setHandler(exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
                    exchange.getResponseSender().send(ByteBuffer.wrap(BODY));
                })
                .build()
                .start();
        return 0;
    }
}
