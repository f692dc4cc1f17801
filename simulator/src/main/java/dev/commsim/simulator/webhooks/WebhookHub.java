package dev.commsim.simulator.webhooks;

import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Delivers world events to the channels that subscribed, in the payloads their dialects make. It hears
 * events under the world's lock, so it only decides who gets what and queues it; one background
 * thread posts in order, retrying a failed delivery with growing pauses, and keeps a delivery log.
 */
public final class WebhookHub implements Consumer<List<WorldEvent>>, AutoCloseable {
    static final int MAX_ATTEMPTS = 3;
    private static final int LOG_CAPACITY = 10_000;
    private static final long[] BACKOFF_MILLIS = {0, 200, 1000};

    private final World world;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    /** By delivery id, oldest first; the oldest go when the log is full. */
    private final Map<Long, Delivery> log = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Delivery> eldest) {
            return size() > LOG_CAPACITY;
        }
    };
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "commsim-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final Wires wires;
    private HttpClient http;
    private long nextDelivery;

    public WebhookHub(World world, Wires wires) {
        this.world = world;
        this.wires = wires;
    }

    // --- subscriptions ---------------------------------------------------------------------------

    public void subscribe(Subscription subscription) {
        subscriptions.put(key(subscription.channel(), subscription.purpose()), subscription);
    }

    public void unsubscribe(Channel channel, String purpose) {
        subscriptions.remove(key(channel, purpose));
    }

    public Optional<Subscription> subscription(Channel channel, String purpose) {
        return Optional.ofNullable(subscriptions.get(key(channel, purpose)));
    }

    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    private static String key(Channel channel, String purpose) {
        return channel.dialect() + "\n" + channel.credential() + "\n" + purpose.toUpperCase(Locale.ROOT);
    }

    // --- events to deliveries -------------------------------------------------------------------

    @Override
    public void accept(List<WorldEvent> events) {
        if (subscriptions.isEmpty()) {
            return;
        }
        for (WorldEvent event : events) {
            for (Subscription subscription : subscriptions.values()) {
                if (concerns(event, subscription.channel().phone())) {
                    payload(event, subscription).ifPresent(payload -> enqueue(subscription, payload));
                }
            }
        }
    }

    /** The channel's account is named in the event, did it, or is in the group it happened to. */
    private boolean concerns(WorldEvent event, String phone) {
        return phone.equals(event.actor()) || event.phones().contains(phone) || world.isParticipant(event.chatId(), phone);
    }

    private Optional<Wire.Callback> payload(WorldEvent event, Subscription subscription) {
        Channel channel = subscription.channel();
        return wires.of(channel.dialect()).callback(event, channel, subscription.purpose(), world)
                .filter(callback -> subscription.wants(callback.event()));
    }

    // --- sending and the log ----------------------------------------------------------------------

    private void enqueue(Subscription subscription, Wire.Callback callback) {
        Channel channel = subscription.channel();
        Delivery delivery;
        synchronized (this) {
            delivery = new Delivery(++nextDelivery, channel.dialect().wireName(), channelName(channel),
                    subscription.url(), callback.event(), callback.body(), 0, 0, null, Delivery.State.PENDING,
                    world.clock().epochMillis());
            remember(delivery);
        }
        sender.execute(() -> deliver(delivery));
    }

    private void deliver(Delivery first) {
        Delivery delivery = first;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            pause(BACKOFF_MILLIS[attempt]);
            int status = 0;
            String error = null;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(delivery.payload())))
                        .build();
                status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    update(delivery.attempted(status, null, Delivery.State.DELIVERED));
                    return;
                }
                error = "HTTP " + status;
            } catch (java.io.IOException | IllegalArgumentException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean last = attempt == MAX_ATTEMPTS - 1;
            delivery = delivery.attempted(status, error, last ? Delivery.State.FAILED : Delivery.State.PENDING);
            update(delivery);
        }
    }

    /**
     * Made on the first delivery, on the sender thread: building a JDK client loads the whole TLS
     * stack (hundreds of classes), which a simulator without webhooks should not pay for at start.
     */
    private HttpClient client() {
        if (http == null) {
            // plain HTTP/1.1: the JDK client's h2c upgrade attempt can stall against some servers
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
        }
        return http;
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void remember(Delivery delivery) {
        log.put(delivery.id(), delivery);
    }

    /** A later attempt replaces the entry, unless the log has dropped or forgotten it meanwhile. */
    private synchronized void update(Delivery delivery) {
        log.replace(delivery.id(), delivery);
    }

    public synchronized List<Delivery> deliveries(Predicate<Delivery> filter) {
        return log.values().stream().filter(filter).toList();
    }

    public synchronized void clearLog() {
        log.clear();
    }

    /** Forgets subscriptions and the log; deliveries already queued still go out, unlogged. */
    public synchronized void reset() {
        subscriptions.clear();
        log.clear();
    }

    /** How the log names a channel: as its dialect does. */
    String channelName(Channel channel) {
        return wires.of(channel.dialect()).channelName(channel);
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
