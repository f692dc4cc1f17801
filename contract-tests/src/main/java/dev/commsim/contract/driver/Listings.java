package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.model.WorldView;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads what each actor's channel lists through the provider's own API (R2 markers, R9 visibility). */
final class Listings {

    private Listings() {
    }

    /** Whapi: {@code GET /groups} and {@code GET /communities} per actor. */
    static SortedMap<String, WorldView.Listing> whapi(Transport http, Phonebook phones, Ids ids) {
        TreeMap<String, WorldView.Listing> listings = new TreeMap<>();
        phones.tokens().forEach((actor, token) -> {
            TreeMap<String, String> groups = new TreeMap<>();
            for (JsonNode group : get(http, "/groups?count=500", token).path("groups")) {
                groups.put(ids.handleOf(group.path("id").asText()), whapiMarker(group, ids));
            }
            TreeSet<String> communities = new TreeSet<>();
            get(http, "/communities?count=500", token).path("communities")
                    .forEach(c -> communities.add(ids.handleOf(c.path("id").asText())));
            listings.put(actor, new WorldView.Listing(groups, communities));
        });
        return listings;
    }

    /** R2's Whapi markers, and a note when a false flag is sent instead of omitted. */
    static String whapiMarker(JsonNode group, Ids ids) {
        String parent = group.hasNonNull("linkedParent") ? ids.handleOf(group.path("linkedParent").asText()) : null;
        String marker;
        if (group.path("is_parent").asBoolean()) {
            marker = "P";
        } else if (group.path("is_default_subgroup").asBoolean()) {
            boolean flags = group.path("isCommunityAnnounce").asBoolean() && group.path("announcements").asBoolean();
            marker = "Y>" + parent + (flags ? "" : "!announce-flags-missing");
        } else {
            marker = parent == null ? "G" : "G>" + parent;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = group.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isBoolean() && !field.getValue().asBoolean()) {
                marker += "!false-flag-sent:" + field.getKey();
            }
        }
        return marker;
    }

    /** Z-API: {@code GET /groups} (Y as isGroupAnnouncement, never P) and {@code GET /communities}. */
    static SortedMap<String, WorldView.Listing> zapi(Phonebook phones, Ids ids,
                                                       java.util.function.BiFunction<String, String, Transport.Reply> get) {
        TreeMap<String, WorldView.Listing> listings = new TreeMap<>();
        phones.tokens().keySet().forEach(actor -> {
            TreeMap<String, String> groups = new TreeMap<>();
            for (JsonNode chat : ok("/groups", get.apply(actor, "/groups"))) {
                boolean announcement = chat.path("isGroupAnnouncement").asBoolean();
                boolean group = chat.path("isGroup").asBoolean();
                groups.put(ids.handleOf(chat.path("phone").asText()),
                        announcement && !group ? "Y" : group && !announcement ? "G" : "?" + chat);
            }
            TreeSet<String> communities = new TreeSet<>();
            ok("/communities", get.apply(actor, "/communities"))
                    .forEach(c -> communities.add(ids.handleOf(c.path("id").asText())));
            listings.put(actor, new WorldView.Listing(groups, communities));
        });
        return listings;
    }

    /** The model's listing reduced to what Z-API shows: no P, no link markers. */
    static WorldView.Listing asZapiShowsIt(WorldView.Listing listing) {
        TreeMap<String, String> groups = new TreeMap<>();
        listing.groups().forEach((handle, marker) -> {
            if (!marker.equals("P")) {
                groups.put(handle, marker.substring(0, 1));
            }
        });
        return new WorldView.Listing(groups, listing.communities());
    }

    private static JsonNode get(Transport http, String path, String token) {
        return ok(path, http.send("GET", path, token, null));
    }

    private static JsonNode ok(String path, Transport.Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("GET " + path + " answered " + reply.status() + " " + reply.body());
        }
        return SimControl.parse(reply.body());
    }
}
