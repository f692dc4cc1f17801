package dev.commsim.contract.driver;

import dev.commsim.contract.model.Roster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A live Z-API account from the environment: {@code ZAPI_INSTANCE_ID} and {@code ZAPI_TOKEN} (required,
 * the instance the kit acts as, "alice"), {@code ZAPI_CLIENT_TOKEN} (the account's security token, sent
 * as {@code Client-Token} on every call when given), {@code ZAPI_PHONE} (the instance's number: Z-API's
 * {@code GET /status} does not tell it), a second instance for steps by a non-admin ("bob") in
 * {@code ZAPI_INSTANCE_ID_2}, {@code ZAPI_TOKEN_2}, {@code ZAPI_PHONE_2} and {@code ZAPI_CLIENT_TOKEN_2}
 * (default: the first one's, as both instances are usually on one account), and {@code ZAPI_BASE_URL}
 * (default https://api.z-api.io). The roster holds only the instances' own numbers.
 */
public record LiveZapi(String baseUrl, Roster roster, Phonebook phonebook, Map<String, ZapiChannel> channels)
        implements LiveAccount {

    public static final String HOW_TO_ENABLE = "set ZAPI_INSTANCE_ID, ZAPI_TOKEN and ZAPI_PHONE (and ZAPI_CLIENT_TOKEN"
            + " if the account requires it; optionally ZAPI_INSTANCE_ID_2, ZAPI_TOKEN_2, ZAPI_PHONE_2,"
            + " ZAPI_CLIENT_TOKEN_2 for a second instance, and ZAPI_BASE_URL) to run the contract kit against a"
            + " live Z-API instance";

    public LiveZapi {
        channels = Map.copyOf(channels);
    }

    /** Empty without an instance id and token; an error when they are set but a phone is missing. */
    public static Optional<LiveZapi> fromEnvironment(Map<String, String> env) {
        if (blank(env.get("ZAPI_INSTANCE_ID")) || blank(env.get("ZAPI_TOKEN"))) {
            return Optional.empty();
        }
        String baseUrl = blank(env.get("ZAPI_BASE_URL")) ? "https://api.z-api.io" : env.get("ZAPI_BASE_URL");
        Phonebook book = new Phonebook();
        Map<String, ZapiChannel> channels = new LinkedHashMap<>();
        List<String> actors = new ArrayList<>();
        String clientToken = env.get("ZAPI_CLIENT_TOKEN");
        add(book, channels, actors, "alice", env, "", clientToken);
        if (!blank(env.get("ZAPI_INSTANCE_ID_2")) && !blank(env.get("ZAPI_TOKEN_2"))) {
            add(book, channels, actors, "bob", env, "_2", env.getOrDefault("ZAPI_CLIENT_TOKEN_2", clientToken));
        }
        return Optional.of(new LiveZapi(baseUrl, new Roster(actors, List.of(), Set.of()), book, channels));
    }

    /** The same account at another base URL (the command line's {@code --target}). */
    public LiveZapi at(String url) {
        return new LiveZapi(url, roster, phonebook, channels);
    }

    @Override
    public ZapiDriver driver() {
        return driver(java.util.function.UnaryOperator.identity());
    }

    @Override
    public ZapiDriver driver(java.util.function.UnaryOperator<Transport> wrap) {
        return ZapiDriver.live(baseUrl, wrap.apply(new JdkTransport(baseUrl)), phonebook, channels);
    }

    private static void add(Phonebook book, Map<String, ZapiChannel> channels, List<String> actors, String actor,
                            Map<String, String> env, String suffix, String clientToken) {
        String phone = LiveWhapi.given(env, "ZAPI_PHONE" + suffix).orElseThrow(() -> new IllegalStateException(
                "ZAPI_INSTANCE_ID" + suffix + " is set but ZAPI_PHONE" + suffix + " is not: Z-API's GET /status"
                        + " does not tell an instance's number, so give it (digits with the country code)"));
        ZapiChannel channel = new ZapiChannel(env.get("ZAPI_INSTANCE_ID" + suffix), env.get("ZAPI_TOKEN" + suffix),
                clientToken);
        // The phonebook's token is the instance's token (unique per instance); requests use the channel.
        book.actor(actor, phone, channel.token());
        channels.put(actor, channel);
        actors.add(actor);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
