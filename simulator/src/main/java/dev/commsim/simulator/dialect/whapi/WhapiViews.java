package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.BatchResult;
import dev.commsim.simulator.world.CommunityView;
import dev.commsim.simulator.world.GroupKind;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.Participant;
import dev.commsim.simulator.world.ParticipantList;
import dev.commsim.simulator.world.Rank;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Whapi's response objects (whapi.md §3): {@code Group}, {@code GroupCreate}, {@code CommunitySubGroups},
 * the participant batch, {@code SentMessage}. False flags and empty optional fields are omitted (R2).
 */
final class WhapiViews {
    /** Whapi's rank words ("creator", "admin", "member"), by {@link Rank} ordinal: lower-cased once, not per participant. */
    private static final String[] RANKS = Arrays.stream(Rank.values())
            .map(rank -> rank.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private WhapiViews() {
    }

    static ObjectNode group(GroupView group, String caller) {
        ObjectNode node = Json.object();
        node.put("id", WhapiIds.renderGroup(group.id()));
        node.put("type", "group");
        node.put("name", group.subject());
        node.put("timestamp", seconds(group.lastActivityMillis()));
        node.set("participants", participants(group.participants()));
        node.put("participants_count", group.participants().size());
        node.put("name_at", seconds(group.subjectAtMillis()));
        if (!group.description().isEmpty()) {
            node.put("description", group.description());
        }
        node.put("created_at", seconds(group.createdAtMillis()));
        node.put("created_by", group.creator());
        if (group.isAdmin(caller)) {
            node.put("invite_code", group.inviteCode());
        }
        flag(node, "announcements", group.announcementsOnly());
        flag(node, "restricted", group.restrictInfo());
        flag(node, "adminAddMemberMode", group.adminsAdd());
        flag(node, "is_parent", group.kind() == GroupKind.COMMUNITY_PARENT);
        boolean announcement = group.kind() == GroupKind.COMMUNITY_ANNOUNCEMENT;
        flag(node, "is_default_subgroup", announcement);
        flag(node, "isCommunityAnnounce", announcement);
        if (group.linkedParent() != null) {
            node.put("linkedParent", WhapiIds.renderGroup(group.linkedParent()));
        }
        return node;
    }

    /**
     * {@code GroupCreate}: the new group and the numbers that were not added. OAS's {@code GroupCreate} lists no
     * count, but {@code Group} requires {@code participants_count}; a client reading both expects it in both.
     */
    static ObjectNode created(GroupView group, List<String> unprocessed) {
        ObjectNode node = Json.object();
        node.put("id", WhapiIds.renderGroup(group.id()));
        node.put("type", "group");
        node.put("name", group.subject());
        node.put("timestamp", seconds(group.createdAtMillis()));
        node.set("participants", participants(group.participants()));
        node.put("participants_count", group.participants().size());
        node.put("name_at", seconds(group.subjectAtMillis()));
        node.put("created_at", seconds(group.createdAtMillis()));
        node.put("created_by", group.creator());
        if (!unprocessed.isEmpty()) {
            node.set("unprocessed_participants", strings(unprocessed));
        }
        return node;
    }

    static ObjectNode subgroups(CommunityView community, String caller) {
        GroupView announcement = community.announcement();
        ObjectNode info = Json.object();
        info.put("title", announcement.subject());
        info.put("creationTime", Long.toString(seconds(announcement.createdAtMillis())));
        info.put("id", WhapiIds.renderGroup(announcement.id()));
        if (announcement.isAdmin(caller)) {
            info.put("inviteCode", announcement.inviteCode());
        }
        ArrayNode others = Json.array();
        for (GroupView linked : community.linkedGroups()) {
            ObjectNode item = others.addObject();
            item.put("title", linked.subject());
            item.put("id", WhapiIds.renderGroup(linked.id()));
            if (linked.isAdmin(caller)) {
                item.put("inviteCode", linked.inviteCode());
            }
            item.put("creationTime", Long.toString(seconds(linked.createdAtMillis())));
            item.putObject("properties").put("general_chat", false);
        }
        ObjectNode node = Json.object();
        node.set("announceGroupInfo", info);
        node.set("otherGroups", others);
        return node;
    }

    static ObjectNode batch(BatchResult result) {
        ObjectNode node = Json.object();
        node.put("success", !result.processed().isEmpty());
        node.set("processed", strings(result.processed()));
        node.set("failed", strings(result.failedItems()));
        return node;
    }

    static ObjectNode success() {
        return Json.object().put("success", true);
    }

    static ObjectNode sent(Message message) {
        ObjectNode text = Json.object().put("body", message.text());
        ObjectNode item = Json.object();
        item.put("id", message.id());
        item.put("type", "text");
        item.put("chat_id", message.toGroup() ? WhapiIds.renderGroup(message.chatId())
                : WhapiIds.renderPerson(message.chatId()));
        item.put("from_me", true);
        item.put("from", message.from());
        item.put("source", "api");
        item.put("timestamp", seconds(message.timestampMillis()));
        item.put("status", "pending");
        item.set("text", text);
        ObjectNode node = Json.object().put("sent", true);
        node.set("message", item);
        return node;
    }

    static ObjectNode groupChat(GroupView group) {
        ObjectNode node = Json.object();
        node.put("id", WhapiIds.renderGroup(group.id()));
        node.put("type", "group");
        node.put("name", group.subject());
        node.put("timestamp", seconds(group.lastActivityMillis()));
        return node;
    }

    static ObjectNode contactChat(String phone, long lastMillis) {
        ObjectNode node = Json.object();
        node.put("id", WhapiIds.renderPerson(phone));
        node.put("type", "contact");
        node.put("timestamp", seconds(lastMillis));
        return node;
    }

    /** The list envelope with paging: {@code {key: [...], count, total, offset}}. */
    static ObjectNode page(String key, List<ObjectNode> items, WhapiPaging paging) {
        List<ObjectNode> slice = paging.slice(items);
        ArrayNode array = Json.array();
        slice.forEach(array::add);
        ObjectNode node = Json.object();
        node.set(key, array);
        node.put("count", slice.size());
        node.put("total", items.size());
        node.put("offset", paging.offset());
        return node;
    }

    static long seconds(long millis) {
        return millis / 1000;
    }

    /**
     * A group's participants are most of the bytes of {@code GET /groups}: written once per participant list (not
     * as a node per participant, which cost more than the rest of the request) and then copied into
     * every answer until the participants change.
     */
    private static final Function<ParticipantList, JsonNode> PARTICIPANTS = participants -> Json.frozen(out -> {
        out.writeStartArray();
        for (Participant participant : participants) {
            out.writeStartObject();
            out.writeStringField("id", participant.phone());
            out.writeStringField("rank", RANKS[participant.rank().ordinal()]);
            out.writeEndObject();
        }
        out.writeEndArray();
    });

    private static JsonNode participants(ParticipantList participants) {
        return participants.derived(PARTICIPANTS);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }

    private static void flag(ObjectNode node, String field, boolean value) {
        if (value) {
            node.put(field, true);
        }
    }
}
