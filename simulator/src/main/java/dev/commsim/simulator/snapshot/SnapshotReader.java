package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.GroupKind;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.Participant;
import dev.commsim.simulator.world.Rank;
import dev.commsim.simulator.world.Reason;
import dev.commsim.simulator.world.UnlinkPolicy;
import dev.commsim.simulator.world.WorldSettings;
import dev.commsim.simulator.world.WorldSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a snapshot ({@code GET /_sim/state}'s own format) or a scenario (the same format, with
 * conveniences: communities described by name and admins, phone ranges {@code {"from": "4477...", "count": n}})
 * into a {@link WorldSnapshot}. The first problem is kept, named by its place in the document.
 */
final class SnapshotReader {
    /** The snapshot, or the problem that stopped reading it. */
    record Read(WorldSnapshot snapshot, String problem) {
    }

    private String problem;

    static Read read(JsonNode root) {
        SnapshotReader reader = new SnapshotReader();
        WorldSnapshot snapshot = reader.snapshot(root);
        return reader.problem == null ? new Read(snapshot, null) : new Read(null, reader.problem);
    }

    private WorldSnapshot snapshot(JsonNode root) {
        if (root == null || !root.isObject()) {
            return fail("the state must be a JSON object");
        }
        JsonNode version = root.get("version");
        if (version != null && (!version.isInt() || version.intValue() != SnapshotJson.FORMAT_VERSION)) {
            return fail("'version' must be " + SnapshotJson.FORMAT_VERSION);
        }
        WorldSettings settings = root.hasNonNull("settings") ? settings(root.get("settings")) : null;
        List<Channel> channels = new ArrayList<>();
        for (JsonNode node : list(root, "channels")) {
            channels.add(channel(node));
        }
        List<WorldSnapshot.GroupSnapshot> groups = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list(root, "groups")) {
            groups.add(group(node, "groups[" + index++ + "]"));
        }
        List<WorldSnapshot.CommunitySnapshot> communities = new ArrayList<>();
        index = 0;
        for (JsonNode node : list(root, "communities")) {
            communities.add(community(node, "communities[" + index++ + "]"));
        }
        List<Message> messages = new ArrayList<>();
        index = 0;
        for (JsonNode node : list(root, "messages")) {
            messages.add(message(node, "messages[" + index++ + "]"));
        }
        return problem == null ? new WorldSnapshot(settings, channels, groups, communities, messages) : null;
    }

    private WorldSettings settings(JsonNode node) {
        WorldSettings defaults = WorldSettings.defaults();
        int members = integer(node, "maxCommunityMembers", "settings", defaults.maxCommunityMembers());
        int linked = integer(node, "maxLinkedGroups", "settings", defaults.maxLinkedGroups());
        int size = integer(node, "maxGroupSize", "settings", defaults.maxGroupSize());
        String policyName = text(node, "unlinkPolicy", "settings", false);
        UnlinkPolicy policy = policyName == null ? defaults.unlinkPolicy()
                : UnlinkPolicy.fromWireName(policyName).orElse(null);
        if (policy == null) {
            return fail("settings.unlinkPolicy must be orphans, all or none");
        }
        boolean strict = node.path("strictAuth").asBoolean(false);
        if (problem != null) {
            return null;
        }
        if (members < 1 || linked < 0 || size < 2) {
            return fail("settings: limits out of range");
        }
        return new WorldSettings(members, linked, size, policy, strict);
    }

    private Channel channel(JsonNode node) {
        String dialectName = text(node, "dialect", "channels", true);
        Dialect dialect = dialectName == null ? null : Dialect.fromWireName(dialectName).orElse(null);
        if (problem == null && dialect == null) {
            return fail("channels: dialect must be whapi or zapi");
        }
        String token = text(node, "token", "channels", true);
        String phone = text(node, "phone", "channels", true);
        String credential = token;
        if (dialect == Dialect.ZAPI) {
            credential = text(node, "instanceId", "channels", true) + "/" + token;
        }
        return new Channel(dialect, credential, phone, text(node, "clientToken", "channels", false), true);
    }

    private WorldSnapshot.GroupSnapshot group(JsonNode node, String where) {
        String kindName = text(node, "kind", where, false);
        GroupKind kind = GroupKind.ORDINARY;
        if (kindName != null) {
            try {
                kind = GroupKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                return fail(where + ".kind must be ORDINARY, COMMUNITY_PARENT or COMMUNITY_ANNOUNCEMENT");
            }
        }
        List<Participant> participants = new ArrayList<>();
        for (JsonNode participant : list(node, "participants")) {
            Rank rank = rank(text(participant, "rank", where + ".participants", false), where);
            for (String phone : phones(participant.has("phone") ? participant.get("phone") : participant,
                    where + ".participants")) {
                participants.add(new Participant(phone, rank));
            }
        }
        String creator = text(node, "creator", where, false);
        if (creator == null) {
            creator = participants.stream().filter(p -> p.rank() == Rank.CREATOR).map(Participant::phone)
                    .findFirst().orElse(participants.isEmpty() ? null : participants.get(0).phone());
        }
        long created = longValue(node, "createdAt", where, 0);
        return new WorldSnapshot.GroupSnapshot(text(node, "id", where, true), kind, text(node, "subject", where, true),
                text(node, "description", where, false), creator, created, text(node, "subjectOwner", where, false),
                optionalLong(node, "subjectAt", where), optionalLong(node, "lastActivity", where),
                text(node, "linkedParent", where, false), participants,
                node.path("announcementsOnly").asBoolean(false), node.path("restrictInfo").asBoolean(false),
                node.path("adminsAdd").asBoolean(false), node.path("approveParticipants").asBoolean(false),
                text(node, "inviteCode", where, false));
    }

    private WorldSnapshot.CommunitySnapshot community(JsonNode node, String where) {
        return new WorldSnapshot.CommunitySnapshot(text(node, "id", where, true), text(node, "name", where, false),
                text(node, "description", where, false), text(node, "announcementGroupId", where, false),
                node.has("admins") ? phoneList(node.get("admins"), where + ".admins") : null,
                strings(node, "linkedGroups", where), phoneList(node.path("directMembers"), where + ".directMembers"),
                text(node, "whoCanAddGroups", where, false), text(node, "memberAddMode", where, false));
    }

    private Message message(JsonNode node, String where) {
        Message.Status status = "failed".equals(text(node, "status", where, false))
                ? Message.Status.FAILED : Message.Status.SENT;
        String failureName = text(node, "failure", where, false);
        Reason failure = null;
        if (failureName != null) {
            try {
                failure = Reason.valueOf(failureName);
            } catch (IllegalArgumentException e) {
                return fail(where + ".failure is not a known reason");
            }
        }
        return new Message(text(node, "id", where, true), text(node, "secondaryId", where, false),
                text(node, "chatId", where, true), node.path("toGroup").asBoolean(false), text(node, "from", where, true),
                text(node, "text", where, true), longValue(node, "timestamp", where, 0), status, failure,
                strings(node, "recipients", where));
    }

    private Rank rank(String name, String where) {
        if (name == null) {
            return Rank.MEMBER;
        }
        try {
            return Rank.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail(where + ": rank must be creator, admin or member");
        }
    }

    /** A list of phones where any item may be a range {@code {"from": "<digits>", "count": n}}. */
    private List<String> phoneList(JsonNode node, String where) {
        List<String> phones = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return phones;
        }
        if (!node.isArray()) {
            fail(where + " must be an array");
            return phones;
        }
        for (JsonNode item : node) {
            phones.addAll(phones(item, where));
        }
        return phones;
    }

    /** One phone, or the phones of a range; numbers ending in 0000 (not on WhatsApp) are skipped. */
    private List<String> phones(JsonNode item, String where) {
        if (item.isTextual()) {
            return List.of(item.textValue());
        }
        if (item.isObject() && item.path("from").isTextual() && item.path("count").isInt()) {
            String from = item.get("from").textValue();
            int count = item.get("count").intValue();
            if (!from.matches("\\d{7,15}") || count < 0 || count > 100_000) {
                return fail(where + ": a range needs 'from' (7-15 digits) and 'count' (0-100000)");
            }
            List<String> phones = new ArrayList<>(count);
            long next = Long.parseLong(from);
            while (phones.size() < count) {
                String phone = String.format("%0" + from.length() + "d", next++);
                if (!phone.endsWith("0000")) {
                    phones.add(phone);
                }
            }
            return phones;
        }
        return fail(where + ": each item is a phone string or a range {\"from\", \"count\"}");
    }

    private List<String> strings(JsonNode node, String field, String where) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return values;
        }
        if (!array.isArray()) {
            fail(where + "." + field + " must be an array of strings");
            return values;
        }
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                fail(where + "." + field + " must be an array of strings");
                return values;
            }
            values.add(item.textValue());
        }
        return values;
    }

    private List<JsonNode> list(JsonNode node, String field) {
        JsonNode array = node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (array == null || array.isNull()) {
            return items;
        }
        if (!array.isArray()) {
            fail("'" + field + "' must be an array");
            return items;
        }
        array.forEach(items::add);
        return items;
    }

    private String text(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(where + "." + field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            return fail(where + "." + field + " must be a string");
        }
        return value.textValue();
    }

    private int integer(JsonNode node, String field, String where, int fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isInt()) {
            fail(where + "." + field + " must be an integer");
            return fallback;
        }
        return value.intValue();
    }

    private long longValue(JsonNode node, String field, String where, long fallback) {
        Long value = optionalLong(node, field, where);
        return value == null ? fallback : value;
    }

    private Long optionalLong(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            fail(where + "." + field + " must be an integer");
            return null;
        }
        return value.longValue();
    }

    private <T> T fail(String message) {
        if (problem == null) {
            problem = message;
        }
        return null;
    }
}
