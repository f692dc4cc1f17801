package dev.commsim.contract.recording;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.record.RecordedExchange;
import java.util.regex.Pattern;

/**
 * Which exchanges a rule applies to: a dialect, a method, a path glob ({@code *} one segment or any
 * characters within one, {@code **} any number of segments) and who asked ({@code client},
 * {@code recorder}); an absent part matches anything.
 */
record Scope(String dialect, String method, Pattern path, String by) {
    static final Scope ANY = new Scope(null, null, null, null);

    static Scope of(JsonNode rule) {
        String glob = text(rule, "path");
        return new Scope(text(rule, "dialect"), text(rule, "method"), glob == null ? null : glob(glob), text(rule, "by"));
    }

    boolean matches(RecordedExchange exchange) {
        return (dialect == null || dialect.equals(exchange.dialect()))
                && (method == null || method.equalsIgnoreCase(exchange.method()))
                && (path == null || path.matcher(exchange.path()).matches())
                && (by == null || by.equals(exchange.by()));
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
