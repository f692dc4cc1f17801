package dev.commsim.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.world.Dialect;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a posted fault rule; the first problem names its field. */
final class FaultRuleParser {
    /** Delays are bounded so a forgotten rule cannot hang a test suite. */
    static final int MAX_DELAY_MILLIS = 60_000;
    private static final Set<String> FIELDS = Set.of("dialect", "method", "path", "channel", "status", "body",
            "message", "delayMillis", "delayRandomMillis", "drop", "times", "probability", "seed");
    private static final Pattern METHOD = Pattern.compile("^[A-Za-z]{1,16}$");

    private FaultRuleParser() {
    }

    static Validated<FaultSpec> parse(JsonRequest body, long defaultSeed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                body.reject("unknown field '" + name + "'; a rule has " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        Dialect dialect = DialectField.read(body);
        String method = body.optionalString("method");
        if (method != null && !METHOD.matcher(method).matches()) {
            body.reject("'method' must be an HTTP method such as \"POST\"");
        }
        String rawPath = body.optionalString("path");
        PathGlob path = null;
        if (rawPath != null) {
            Validated<PathGlob> glob = PathGlob.parse(rawPath);
            if (glob instanceof Validated.Invalid<PathGlob> invalid) {
                body.reject(invalid.problem());
            } else {
                path = ((Validated.Valid<PathGlob>) glob).value();
            }
        }
        String channel = body.optionalString("channel");
        if (channel != null && channel.isBlank()) {
            body.reject("'channel' must not be empty (a Whapi token or a Z-API instance id)");
        }

        Integer status = body.optionalInt("status", 200, 599);
        JsonNode replyBody = body.optionalNode("body");
        String message = body.optionalString("message");
        Integer delayMillis = body.optionalInt("delayMillis", 0, MAX_DELAY_MILLIS);
        DelayRange delayRandom = delayRange(body);
        Boolean drop = body.optionalBoolean("drop");
        Integer times = body.optionalInt("times", 1, 1_000_000);
        Double probability = probability(body);
        Long seed = seed(body);
        if (!body.ok()) {
            return Validated.invalid(body.problem());
        }

        boolean dropping = Boolean.TRUE.equals(drop);
        String conflict = null;
        if (replyBody != null && status == null) {
            conflict = "'body' needs a 'status' to answer with";
        } else if (message != null && (status == null || replyBody != null)) {
            conflict = "'message' goes into the provider's error shape: give it with 'status' and without 'body'";
        } else if (status != null && status < 400 && replyBody == null) {
            conflict = "'status' below 400 needs a 'body' (without one the answer is the provider's error shape)";
        } else if (dropping && status != null) {
            conflict = "'drop' closes the connection without an answer: give either 'drop' or 'status'";
        } else if (delayMillis != null && delayRandom != null) {
            conflict = "give at most one of 'delayMillis' or 'delayRandomMillis'";
        } else if (status == null && !dropping && delayMillis == null && delayRandom == null) {
            conflict = "a rule needs an action: 'status', 'delayMillis', 'delayRandomMillis' or 'drop'";
        }
        if (conflict != null) {
            return Validated.invalid(conflict);
        }
        FaultMatch match = new FaultMatch(dialect, method == null ? null : method.toUpperCase(java.util.Locale.ROOT),
                path, channel);
        FaultAction action = new FaultAction(status, replyBody, message, delayMillis == null ? 0 : delayMillis,
                delayRandom, dropping);
        return Validated.valid(new FaultSpec(match, action, times, probability, seed == null ? defaultSeed : seed));
    }

    private static DelayRange delayRange(JsonRequest body) {
        JsonNode node = body.optionalNode("delayRandomMillis");
        if (node == null) {
            return null;
        }
        String shape = "'delayRandomMillis' must be {\"min\": m, \"max\": n} with 0 <= m <= n <= " + MAX_DELAY_MILLIS;
        if (!node.isObject() || node.size() != 2 || !isDelay(node.get("min")) || !isDelay(node.get("max"))
                || node.get("min").intValue() > node.get("max").intValue()) {
            body.reject(shape);
            return null;
        }
        return new DelayRange(node.get("min").intValue(), node.get("max").intValue());
    }

    private static boolean isDelay(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt()
                && node.intValue() >= 0 && node.intValue() <= MAX_DELAY_MILLIS;
    }

    private static Double probability(JsonRequest body) {
        JsonNode node = body.optionalNode("probability");
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            body.reject("'probability' must be a number from 0 to 1");
            return null;
        }
        return node.doubleValue();
    }

    private static Long seed(JsonRequest body) {
        JsonNode node = body.optionalNode("seed");
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            body.reject("'seed' must be an integer");
            return null;
        }
        return node.longValue();
    }
}
