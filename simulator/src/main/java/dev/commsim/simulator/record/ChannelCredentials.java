package dev.commsim.simulator.record;

import dev.commsim.simulator.dialect.whapi.BearerToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Who a provider request speaks as, read from its credentials: Whapi's bearer token (header, or the
 * {@code token} query parameter), Z-API's instance id and token in the path plus its
 * {@code Client-Token} header. Also what a recording may keep of the request (the path without the
 * Z-API credential prefix, the query without a token) and how to ask the same upstream as the same
 * channel (for the starting world's reads).
 */
record ChannelCredentials(String dialect, String key, String prefix, String path, String query,
                          Map<String, String> headers, List<String> secrets) {
    static final String CLIENT_TOKEN = "Client-Token";
    static final String UNIDENTIFIED = "unidentified";

    static ChannelCredentials of(ProviderRequest request) {
        return request.isZapi() ? zapi(request) : whapi(request);
    }

    /** True when the request named a channel, so its world can be read before it is forwarded. */
    boolean identified() {
        return !key.equals(UNIDENTIFIED);
    }

    /** A GET as this channel, for a path relative to the channel (Z-API: after its credential prefix). */
    ProviderRequest get(String relativePath, String relativeQuery) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, value) -> sent.put(name, List.of(value)));
        sent.put("Accept", List.of("application/json"));
        return new ProviderRequest("GET", prefix + relativePath, relativeQuery, sent, null);
    }

    private static ChannelCredentials whapi(ProviderRequest request) {
        String authorization = request.header("Authorization");
        String token = BearerToken.of(authorization);
        String queryToken = queryValue(request.query(), "token");
        List<String> secrets = new ArrayList<>();
        if (token != null) {
            secrets.add(token);
        }
        if (queryToken != null && !queryToken.isBlank()) {
            secrets.add(queryToken);
            token = token == null ? queryToken : token;
        }
        String query = withoutParameter(request.query(), "token");
        if (token == null) {
            return new ChannelCredentials("whapi", UNIDENTIFIED, "", request.path(), query, Map.of(), secrets);
        }
        return new ChannelCredentials("whapi", token, "", request.path(), query,
                Map.of("Authorization", "Bearer " + token), secrets);
    }

    private static ChannelCredentials zapi(ProviderRequest request) {
        String[] segments = request.path().split("/", -1);
        List<String> secrets = new ArrayList<>();
        String clientToken = request.header(CLIENT_TOKEN);
        if (clientToken != null && !clientToken.isBlank()) {
            secrets.add(clientToken);
        }
        // "", "instances", id, "token", token, rest...
        if (segments.length >= 5 && segments[3].equals("token") && !segments[2].isEmpty() && !segments[4].isEmpty()) {
            secrets.add(segments[2]);
            secrets.add(segments[4]);
            String prefix = String.join("/", segments[0], segments[1], segments[2], segments[3], segments[4]);
            String rest = request.path().substring(prefix.length());
            Map<String, String> headers = clientToken == null ? Map.of() : Map.of(CLIENT_TOKEN, clientToken);
            return new ChannelCredentials("zapi", segments[2] + "/" + segments[4], prefix, rest.isEmpty() ? "/" : rest,
                    request.query(), headers, secrets);
        }
        // Not a channel's path: keep its shape, never its segments (any of them may be a credential).
        StringBuilder kept = new StringBuilder("/instances");
        for (int i = 2; i < segments.length; i++) {
            if (!segments[i].isEmpty()) {
                secrets.add(segments[i]);
            }
            kept.append("/REDACTED");
        }
        return new ChannelCredentials("zapi", UNIDENTIFIED, "", kept.toString(), request.query(), Map.of(), secrets);
    }

    static String queryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String withoutParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (!(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }
}
