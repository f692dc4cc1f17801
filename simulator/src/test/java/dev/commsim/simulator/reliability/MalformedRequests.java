package dev.commsim.simulator.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded generator of requests that every dialect must refuse: each request carries at least one
 * defect that guarantees a refusal (broken JSON, a wrong type, a missing required field, an oversized
 * value, an unknown or foreign id, a wrong method, content type or credential, a body over the limit),
 * so the world must look the same after any number of them.
 */
final class MalformedRequests {
    enum Family { WHAPI, ZAPI, CONTROL }

    /** What a field holds decides which defects surely refuse it. */
    enum Kind {
        /** a group, community, chat or invite id, or a phone in an id position */
        ID,
        /** a subject or name: at most 100 characters */
        NAME,
        /** a description: at most 2048 characters */
        DESCRIPTION,
        /** free text (a message): any length is fine, so never made huge */
        TEXT,
        /** a list of phones or group ids: at most 5000 items */
        LIST,
        /** one of a few words */
        ENUM,
        BOOLEAN
    }

    record Field(String name, Kind kind, Object valid) {
    }

    /**
     * A served route. {@code fields} are its required body fields: removing or breaking any one of them
     * must be refused. {@code badBodies} are whole bodies it must refuse (for routes whose fields are all
     * optional, where a generic mutation could be a valid request). Neither: the route reads no body.
     */
    record Route(String method, String path, List<Field> fields, List<String> badBodies) {
        boolean readsBody() {
            return !fields.isEmpty() || !badBodies.isEmpty();
        }
    }

    record Malformed(Family family, String defect, String method, String path, Map<String, String> headers,
                     byte[] body, int expectedStatus) {
        /** 0: any refusal in the family's shape. */
        static final int ANY_REFUSAL = 0;

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return family + " [" + defect + "] " + method + " " + abbreviate(path) + " " + headers.keySet() + " " + shown;
        }

        private static String abbreviate(String text) {
            return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + ")";
        }
    }

    /**
     * One dialect as seen by one channel: its routes, the real ids that fill {@code {C}} and
     * {@code {G}}, ids that must be refused, credentials that work and ones that must not.
     */
    record Surface(Family family, String prefix, Map<String, String> auth, List<Route> routes,
                   Map<String, String> realIds, List<String> badPathIds, List<String> badBodyIds,
                   List<Credential> badCredentials, List<String> badQueries) {
    }

    /** A refused credential: another path prefix and/or other headers. */
    record Credential(String prefix, Map<String, String> headers) {
    }

    private static final String[] WRONG_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "BREW"};
    private static final String[] FOREIGN_CONTENT_TYPES = {null, "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp"};
    private static final String[] WRONG_TYPES = {"12345", "-1.5e308", "true", "[]", "{}", "[1,2,3]",
            "{\"nested\":{\"deeper\":[null]}}", "\"\"", "[\"ok\",7]", "9223372036854775808"};
    private static final String[] ODD_TEXTS = {"\u0000", "\u0000\u0001\u0002\u001f", "\u202eevil\u202c", "\uD83D\uDE00",
            "e\u0301", "\u200b\u200b", "١٢٣٤٥٦٧٨٩٠", "\uFFFD\uFFFE", "' OR 1=1 --", "<script>x</script>",
            "../../_sim/reset", "%00", "\r\n\r\nGET / HTTP/1.1", "null", "\uDBFF\uDFFF"};

    private static final com.fasterxml.jackson.databind.ObjectMapper READER = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Random random;
    private final long maxBodyBytes;

    MalformedRequests(long seed, long maxBodyBytes) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** One request that {@code surface}'s family must refuse. */
    Malformed next(Surface surface) {
        Route route = pick(surface.routes());
        List<Function<Route, Malformed>> defects = new ArrayList<>();
        if (route.readsBody()) {
            defects.add(r -> withBody(surface, r, "broken-json", brokenJson(validBody(r)), json()));
            defects.add(r -> withBody(surface, r, "not-an-object", bytes(pick(new String[] {"[1,2]", "\"text\"",
                    "42", "null", "true", "[{}]"})), json()));
            defects.add(r -> withBody(surface, r, "deep-nesting", deepNesting(), json()));
            defects.add(r -> withBody(surface, r, "broken-json+content-type", brokenJson(validBody(r)),
                    contentType(pick(FOREIGN_CONTENT_TYPES))));
        }
        if (!route.badBodies().isEmpty()) {
            defects.add(r -> withBody(surface, r, "refused-body", bytes(pick(r.badBodies())), json()));
            defects.add(r -> withBody(surface, r, "refused-body", bytes(pick(r.badBodies())), json()));
        }
        if (!route.fields().isEmpty()) {
            defects.add(r -> wrongType(surface, r));
            defects.add(r -> missingField(surface, r, false));
            defects.add(r -> missingField(surface, r, true));
            defects.add(r -> hugeValue(surface, r));
            defects.add(r -> oddId(surface, r));
        }
        if (route.path().contains("{")) {
            defects.add(r -> badPathId(surface, r));
            defects.add(r -> badPathId(surface, r));
        }
        if (surface.family() != Family.CONTROL) {
            defects.add(r -> badCredential(surface, r));
            // A megabyte each: a few of them prove the limit without making the stream slow.
            defects.add(r -> random.nextInt(6) == 0 ? overLimit(surface, r) : badCredential(surface, r));
        }
        if (surface.family() == Family.ZAPI) {
            defects.add(r -> foreignContentType(surface, r));
        }
        defects.add(r -> wrongMethod(surface, r));
        defects.add(r -> unknownPath(surface));
        if (!surface.badQueries().isEmpty()) {
            defects.add(r -> badQuery(surface));
        }
        return pick(defects).apply(route);
    }

    // ---- defects ----

    private Malformed withBody(Surface surface, Route route, String defect, byte[] body, Map<String, String> type) {
        return request(surface, defect, route.method(), fill(surface, route.path()), headers(surface.auth(), type),
                body, Malformed.ANY_REFUSAL);
    }

    private Malformed wrongType(Surface surface, Route route) {
        Map<String, String> body = validFields(route);
        Field field = pick(route.fields());
        String wrong = pick(WRONG_TYPES);
        if (field.kind() == Kind.LIST && wrong.equals("[]")) {
            wrong = "[null]"; // an empty list is refused too, but say something clearly wrong
        }
        if (field.kind() == Kind.BOOLEAN && wrong.equals("true")) {
            wrong = "\"true\"";
        }
        body.put(field.name(), wrong);
        return withBody(surface, route, "wrong-type:" + field.name(), object(body), json());
    }

    private Malformed missingField(Surface surface, Route route, boolean withExtras) {
        Map<String, String> body = validFields(route);
        Field field = pick(route.fields());
        body.remove(field.name());
        if (withExtras) {
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                body.put(pick(ODD_TEXTS) + i, pick(WRONG_TYPES));
            }
        }
        return withBody(surface, route, (withExtras ? "extra-fields+missing:" : "missing:") + field.name(),
                object(body), json());
    }

    /** A name or description past its limit, an id or word of a million-ish characters, a list past 5000 items. */
    private Malformed hugeValue(Surface surface, Route route) {
        List<Field> candidates = route.fields().stream().filter(f -> f.kind() != Kind.TEXT && f.kind() != Kind.BOOLEAN)
                .toList();
        if (candidates.isEmpty()) {
            return wrongType(surface, route);
        }
        Field field = pick(candidates);
        Map<String, String> body = validFields(route);
        String huge = switch (field.kind()) {
            case NAME -> quote(repeat(random.nextBoolean() ? "n" : "\u00e9\uD83D\uDE00", 101 + random.nextInt(50_000)));
            case DESCRIPTION -> quote(repeat("d", 2049 + random.nextInt(100_000)));
            case LIST -> hugeList();
            default -> quote(repeat(random.nextBoolean() ? "9" : "\u4e00", 10_000 + random.nextInt(200_000)));
        };
        body.put(field.name(), huge);
        return withBody(surface, route, "huge:" + field.name(), object(body), json());
    }

    private String hugeList() {
        int items = 5001 + random.nextInt(20_000);
        StringBuilder list = new StringBuilder(items * 14).append('[');
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ",").append("\"4477").append(String.format("%07d", i)).append("1\"");
        }
        return list.append(']').toString();
    }

    /** Unicode, control characters and injection-looking text where an id is expected. */
    private Malformed oddId(Surface surface, Route route) {
        List<Field> ids = route.fields().stream().filter(f -> f.kind() == Kind.ID || f.kind() == Kind.ENUM).toList();
        if (ids.isEmpty()) {
            return wrongType(surface, route);
        }
        Field field = pick(ids);
        Map<String, String> body = validFields(route);
        String value = field.kind() == Kind.ID && random.nextBoolean() ? pick(surface.badBodyIds()) : pick(ODD_TEXTS);
        body.put(field.name(), quote(value));
        return withBody(surface, route, "bad-id:" + field.name(), object(body), json());
    }

    private Malformed badPathId(Surface surface, Route route) {
        String path = route.path();
        int open = path.indexOf('{');
        List<Integer> slots = new ArrayList<>();
        for (int i = open; i >= 0; i = path.indexOf('{', i + 1)) {
            slots.add(i);
        }
        int slot = pick(slots);
        int close = path.indexOf('}', slot);
        String broken = path.substring(0, slot) + pick(surface.badPathIds()) + path.substring(close + 1);
        return request(surface, "bad-path-id", route.method(), fill(surface, broken),
                headers(surface.auth(), route.readsBody() ? json() : Map.of()),
                route.readsBody() ? object(validFields(route)) : null, Malformed.ANY_REFUSAL);
    }

    private Malformed badCredential(Surface surface, Route route) {
        Credential credential = pick(surface.badCredentials());
        Map<String, String> headers = new LinkedHashMap<>(credential.headers());
        if (route.readsBody()) {
            headers.putAll(json());
        }
        return new Malformed(surface.family(), "bad-credential", route.method(),
                credential.prefix() + fill(surface, route.path()), headers,
                route.readsBody() ? object(validFields(route)) : null, Malformed.ANY_REFUSAL);
    }

    private Malformed overLimit(Surface surface, Route route) {
        Map<String, String> body = validFields(route);
        int size = (int) maxBodyBytes + 1 + random.nextInt(64 * 1024);
        body.put("padding", quote(repeat("p", size)));
        return request(surface, "over-limit", route.method(), fill(surface, route.path()),
                headers(surface.auth(), json()), object(body), 413);
    }

    private Malformed foreignContentType(Surface surface, Route route) {
        String type = pick(FOREIGN_CONTENT_TYPES);
        Map<String, String> headers = headers(surface.auth(), contentType(type));
        byte[] body = route.readsBody() ? object(validFields(route)) : bytes("{}");
        return request(surface, "content-type:" + type, route.method(), fill(surface, route.path()), headers, body, 415);
    }

    private Malformed wrongMethod(Surface surface, Route route) {
        List<String> served = surface.routes().stream().filter(r -> r.path().equals(route.path()))
                .map(Route::method).toList();
        List<String> others = new ArrayList<>(List.of(WRONG_METHODS));
        others.removeAll(served);
        String method = pick(others);
        boolean body = random.nextBoolean() && !method.equals("GET");
        return request(surface, "wrong-method", method, fill(surface, route.path()),
                headers(surface.auth(), body ? json() : Map.of()), body ? object(validFields(route)) : null,
                Malformed.ANY_REFUSAL);
    }

    private Malformed unknownPath(Surface surface) {
        String[] suffixes = {"/nope", "/groups/x/y/z/w", "/%E2%80%AE", "/communities/%00/%00/%00/%00",
                "/" + repeat("a", 5000), "/messages/video", "/..%2F_sim%2Freset", "/%F0%9F%98%80/x"};
        return request(surface, "unknown-path", pick(new String[] {"GET", "POST", "DELETE"}),
                pick(suffixes) + "/" + random.nextInt(1000), surface.auth(), null, Malformed.ANY_REFUSAL);
    }

    private Malformed badQuery(Surface surface) {
        return request(surface, "bad-query", "GET", fill(surface, pick(surface.badQueries())), surface.auth(), null,
                Malformed.ANY_REFUSAL);
    }

    // ---- building blocks ----

    private Malformed request(Surface surface, String defect, String method, String path, Map<String, String> headers,
                              byte[] body, int expected) {
        return new Malformed(surface.family(), defect, method, surface.prefix() + path, headers, body, expected);
    }

    private String fill(Surface surface, String path) {
        String filled = path;
        for (Map.Entry<String, String> id : surface.realIds().entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    private byte[] validBody(Route route) {
        return object(validFields(route));
    }

    /** Field name to its JSON text, in order. */
    private static Map<String, String> validFields(Route route) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field field : route.fields()) {
            Object valid = field.valid();
            String json;
            if (valid instanceof List<?> list) {
                json = list.stream().map(item -> quote(item.toString())).reduce((a, b) -> a + "," + b)
                        .map(items -> "[" + items + "]").orElse("[]");
            } else if (valid instanceof Boolean flag) {
                json = flag.toString();
            } else {
                json = quote(valid.toString());
            }
            fields.put(field.name(), json);
        }
        return fields;
    }

    private static byte[] object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(quote(name)).append(':')
                .append(value));
        return bytes(json.append('}').toString());
    }

    /** Truncated, with garbage spliced in, or with bytes that are not UTF-8; checked to be unreadable. */
    private byte[] brokenJson(byte[] valid) {
        byte[] broken = breakJson(valid);
        try {
            READER.readTree(broken);
            return bytes("{\"subject\":"); // the mutation happened to leave valid JSON (e.g. of "{}")
        } catch (java.io.IOException | RuntimeException unreadable) {
            return broken;
        }
    }

    private byte[] breakJson(byte[] valid) {
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(valid, 1 + random.nextInt(Math.max(1, valid.length - 2)));
            case 1 -> bytes(new String(valid, StandardCharsets.UTF_8).replaceFirst(":", ""));
            case 2 -> bytes(new String(valid, StandardCharsets.UTF_8) + "}garbage");
            case 3 -> bytes("{\"subject\":\"unterminated");
            case 4 -> {
                byte[] noise = new byte[1 + random.nextInt(512)];
                random.nextBytes(noise);
                noise[0] = '{';
                yield noise;
            }
            default -> {
                byte[] broken = java.util.Arrays.copyOf(valid, valid.length);
                broken[broken.length / 2] = (byte) 0xC3; // a lone UTF-8 lead byte
                broken[Math.min(broken.length - 1, broken.length / 2 + 1)] = (byte) 0x28;
                yield broken;
            }
        };
    }

    /** Deeper than any JSON reader should follow. */
    private byte[] deepNesting() {
        int depth = 5_000 + random.nextInt(50_000);
        return bytes(random.nextBoolean() ? repeat("[", depth) + repeat("]", depth) : repeat("{\"a\":", depth) + "1"
                + repeat("}", depth));
    }

    private static Map<String, String> headers(Map<String, String> auth, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(auth);
        headers.putAll(extra);
        return headers;
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    private static Map<String, String> contentType(String type) {
        return type == null ? Map.of() : Map.of("Content-Type", type);
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String repeat(String text, int times) {
        return text.repeat(times);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
