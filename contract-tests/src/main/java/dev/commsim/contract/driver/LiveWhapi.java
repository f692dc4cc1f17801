package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.model.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A live Whapi.Cloud account from the environment: {@code WHAPI_TOKEN} (required), {@code WHAPI_TOKEN_2}
 * (a second channel, for steps by a non-admin), {@code WHAPI_BASE_URL} (default https://gate.whapi.cloud),
 * and each channel's phone in {@code WHAPI_PHONE} / {@code WHAPI_PHONE_2} when {@code GET /health} does
 * not tell it. The roster holds only those channels' own numbers: the kit never adds a stranger's
 * number to a real group.
 */
public record LiveWhapi(String baseUrl, Roster roster, Phonebook phonebook) implements LiveAccount {

    public static final String HOW_TO_ENABLE = "set WHAPI_TOKEN (and optionally WHAPI_TOKEN_2, WHAPI_BASE_URL, "
            + "WHAPI_PHONE, WHAPI_PHONE_2) to run the contract kit against a live Whapi.Cloud channel";

    public static Optional<LiveWhapi> fromEnvironment(Map<String, String> env) {
        String token = env.get("WHAPI_TOKEN");
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String baseUrl = env.getOrDefault("WHAPI_BASE_URL", "https://gate.whapi.cloud");
        Phonebook book = new Phonebook();
        List<String> actors = new ArrayList<>();
        try (Transport http = new JdkTransport(baseUrl)) {
            // GET /health only when the phone is not given (it may not tell it).
            Function<String, String> phoneOf = t -> phoneFromHealth(http, t);
            book.actor("alice", given(env, "WHAPI_PHONE").orElseGet(() -> phoneOf.apply(token)), token);
            actors.add("alice");
            String second = env.get("WHAPI_TOKEN_2");
            if (second != null && !second.isBlank()) {
                book.actor("bob", given(env, "WHAPI_PHONE_2").orElseGet(() -> phoneOf.apply(second)), second);
                actors.add("bob");
            }
        }
        return Optional.of(new LiveWhapi(baseUrl, new Roster(actors, List.of(), Set.of()), book));
    }

    @Override
    public WhapiDriver driver() {
        return driver(java.util.function.UnaryOperator.identity());
    }

    @Override
    public WhapiDriver driver(java.util.function.UnaryOperator<Transport> wrap) {
        Transport http = wrap.apply(new JdkTransport(baseUrl));
        return new WhapiDriver(baseUrl, http, phonebook, LiveCleanup.whapi(http, phonebook));
    }

    /** A number from the environment, digits only ("+55 11 9..." is accepted). */
    static Optional<String> given(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.replaceAll("[^0-9]", ""));
    }

    private static String phoneFromHealth(Transport http, String token) {
        Transport.Reply reply = http.send("GET", "/health", token, null);
        JsonNode user = SimControl.parse(reply.body()).path("user");
        String id = user.path("id").asText("");
        if (!reply.ok() || id.isEmpty()) {
            throw new IllegalStateException("GET /health did not give the channel's phone (" + reply.status()
                    + "); set WHAPI_PHONE / WHAPI_PHONE_2");
        }
        return Ids.bare(id);
    }
}
