package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The reads that record what a channel already sees before its first request goes out, through the
 * provider's own read endpoints, so that a replay can start from the same world:
 * <ul>
 * <li>Whapi: {@code GET /health} (the channel's number, {@code user.id}), {@code GET /communities} and
 *     {@code GET /groups} page by page (groups with participants and ranks), and
 *     {@code GET /communities/{id}/subgroups} for each community;</li>
 * <li>Z-API: {@code GET /device} (the instance's number), {@code GET /groups} and
 *     {@code GET /communities} page by page, {@code GET /communities-metadata/{id}} for each community and
 *     {@code GET /group-metadata/{phone}} for each group (participants, admins, settings).</li>
 * </ul>
 * Each read is recorded like any exchange (by the recorder). The capture stops at the first read the
 * upstream does not answer.
 */
final class WorldCapture {
    private static final int WHAPI_PAGE = 500;
    private static final int ZAPI_PAGE = 100;
    private static final int MAX_PAGES = 50;

    /** One GET as the channel: the answer's JSON (a missing node when not JSON), or null when no answer came. */
    interface Reader {
        Read get(String path, String query);
    }

    record Read(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private WorldCapture() {
    }

    /** Reads the channel's world and answers its own number when the provider told it, else null. */
    static String capture(String dialect, Reader reader) {
        try {
            return "zapi".equals(dialect) ? zapi(reader) : whapi(reader);
        } catch (Unanswered stop) {
            return null;
        }
    }

    private static String whapi(Reader reader) {
        Read health = read(reader, "/health", null);
        String phone = health.ok() ? bare(health.body().path("user").path("id").asText(null)) : null;
        List<String> communities = whapiPages(reader, "/communities", "communities");
        whapiPages(reader, "/groups", "groups");
        for (String community : communities) {
            read(reader, "/communities/" + community + "/subgroups", null);
        }
        return phone;
    }

    private static List<String> whapiPages(Reader reader, String path, String key) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Read read = read(reader, path, "count=" + WHAPI_PAGE + "&offset=" + page * WHAPI_PAGE);
            JsonNode items = read.body().path(key);
            if (!read.ok() || !items.isArray()) {
                break;
            }
            items.forEach(item -> ids.add(item.path("id").asText()));
            if (items.size() < WHAPI_PAGE) {
                break;
            }
        }
        return ids;
    }

    private static String zapi(Reader reader) {
        Read device = read(reader, "/device", null);
        String phone = device.ok() ? bare(device.body().path("phone").asText(null)) : null;
        Set<String> groups = zapiPages(reader, "/groups", item -> item.path("phone").asText(null));
        Set<String> communities = zapiPages(reader, "/communities", item -> item.path("id").asText(null));
        for (String community : communities) {
            read(reader, "/communities-metadata/" + community, null);
        }
        for (String group : groups) {
            read(reader, "/group-metadata/" + group, null);
        }
        return phone;
    }

    private static Set<String> zapiPages(Reader reader, String path, Function<JsonNode, String> id) {
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Read read = read(reader, path, "page=" + page + "&pageSize=" + ZAPI_PAGE);
            if (!read.ok() || !read.body().isArray()) {
                break;
            }
            read.body().forEach(item -> {
                String value = id.apply(item);
                if (value != null && !value.isEmpty()) {
                    ids.add(value);
                }
            });
            if (read.body().size() < ZAPI_PAGE) {
                break;
            }
        }
        return ids;
    }

    private static Read read(Reader reader, String path, String query) {
        Read read = reader.get(path, query);
        if (read == null) {
            throw new Unanswered();
        }
        return read;
    }

    /** Digits of a number given as {@code 5511…}, {@code 5511…@s.whatsapp.net} or {@code +55 11 …}. */
    private static String bare(String id) {
        if (id == null) {
            return null;
        }
        int at = id.indexOf('@');
        String digits = (at < 0 ? id : id.substring(0, at)).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    /** The upstream gave no answer: reading on would only fail again. */
    private static final class Unanswered extends RuntimeException {
        Unanswered() {
            super(null, null, false, false);
        }
    }
}
