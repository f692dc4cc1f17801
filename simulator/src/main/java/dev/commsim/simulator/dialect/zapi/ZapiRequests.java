package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.JsonRequest;
import java.util.ArrayList;
import java.util.List;

/** Reading Z-API request fields: group and community ids, and phone lists. */
final class ZapiRequests {
    /** More numbers than this in one request is a malformed request, not a batch. */
    static final int MAX_BATCH = 5000;

    private ZapiRequests() {
    }

    /** A parsed {@code phones} array: numbers the world can act on, and {@code @lid} ones it cannot (zapi.md §2). */
    record Phones(List<String> numbers, List<String> lids) {
    }

    static Phones phones(JsonRequest body) {
        List<String> raw = body.requiredStrings("phones", 1, MAX_BATCH);
        if (raw == null) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        List<String> lids = new ArrayList<>();
        for (String entry : raw) {
            if (ZapiIds.isContact(entry)) {
                numbers.add(entry);
            } else if (ZapiIds.isLid(entry)) {
                lids.add(entry);
            } else {
                body.reject("'phones' holds an invalid number: " + entry + " (7-15 digits with country code)");
                return null;
            }
        }
        return new Phones(List.copyOf(numbers), List.copyOf(lids));
    }

    /** A required group id field in the {@code <digits>-group} form; records a problem naming the field. */
    static String groupField(JsonRequest body, String field) {
        String raw = body.requiredString(field);
        return checkedGroup(body, field, raw);
    }

    static String checkedGroup(JsonRequest body, String field, String raw) {
        if (raw == null) {
            return null;
        }
        String id = ZapiIds.group(raw);
        if (id == null) {
            body.reject(groupShape(field));
        }
        return id;
    }

    static String groupShape(String field) {
        return "'" + field + "' must be a group id like 120363019502650977-group";
    }

    static String communityShape(String field) {
        return "'" + field + "' must be a community id like 120363019502650977";
    }
}
