package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.Participant;
import dev.commsim.simulator.world.WorldSettings;
import dev.commsim.simulator.world.WorldSnapshot;
import java.util.List;
import java.util.Locale;

/** The control plane's JSON for settings, channels and the whole world. Field names are a stable interface. */
public final class StateJson {
    public static final int FORMAT_VERSION = 1;

    private StateJson() {
    }

    public static ObjectNode settings(WorldSettings settings) {
        return Json.object()
                .put("maxCommunityMembers", settings.maxCommunityMembers())
                .put("maxLinkedGroups", settings.maxLinkedGroups())
                .put("maxGroupSize", settings.maxGroupSize())
                .put("unlinkPolicy", settings.unlinkPolicy().wireName())
                .put("strictAuth", settings.strictAuth());
    }

    public static ObjectNode channel(Channel channel) {
        ObjectNode node = Json.object().put("dialect", channel.dialect().wireName());
        switch (channel.dialect()) {
            case WHAPI -> node.put("token", channel.credential());
            case ZAPI -> {
                int slash = channel.credential().indexOf('/');
                node.put("instanceId", channel.credential().substring(0, slash));
                node.put("token", channel.credential().substring(slash + 1));
                if (channel.clientToken() != null) {
                    node.put("clientToken", channel.clientToken());
                }
            }
        }
        return node.put("phone", channel.phone()).put("declared", channel.declared());
    }

    public static ObjectNode state(WorldSnapshot snapshot) {
        ObjectNode root = Json.object().put("version", FORMAT_VERSION);
        root.set("settings", settings(snapshot.settings()));
        root.set("accounts", strings(snapshot.accounts()));
        ArrayNode channels = root.putArray("channels");
        snapshot.channels().forEach(channel -> channels.add(channel(channel)));
        ArrayNode groups = root.putArray("groups");
        snapshot.groups().forEach(group -> groups.add(group(group)));
        ArrayNode communities = root.putArray("communities");
        for (WorldSnapshot.CommunityState community : snapshot.communities()) {
            ObjectNode node = communities.addObject();
            node.put("id", community.id());
            node.put("announcementGroupId", community.announcementGroupId());
            node.set("linkedGroups", strings(community.linkedGroups()));
            node.set("directMembers", strings(community.directMembers()));
            node.set("admins", strings(community.admins()));
            node.put("whoCanAddGroups", community.whoCanAddGroups());
            node.put("memberAddMode", community.memberAddMode());
        }
        ArrayNode messages = root.putArray("messages");
        snapshot.messages().forEach(message -> messages.add(message(message)));
        return root;
    }

    private static ObjectNode group(GroupView group) {
        ObjectNode node = Json.object();
        node.put("id", group.id());
        node.put("kind", group.kind().name());
        node.put("subject", group.subject());
        node.put("description", group.description());
        node.put("creator", group.creator());
        node.put("createdAt", group.createdAtMillis());
        node.put("subjectOwner", group.subjectOwner());
        node.put("subjectAt", group.subjectAtMillis());
        node.put("lastActivity", group.lastActivityMillis());
        node.put("linkedParent", group.linkedParent());
        ArrayNode participants = node.putArray("participants");
        for (Participant participant : group.participants()) {
            participants.addObject().put("phone", participant.phone())
                    .put("rank", participant.rank().name().toLowerCase(Locale.ROOT));
        }
        node.put("announcementsOnly", group.announcementsOnly());
        node.put("restrictInfo", group.restrictInfo());
        node.put("adminsAdd", group.adminsAdd());
        node.put("approveParticipants", group.approveParticipants());
        node.put("inviteCode", group.inviteCode());
        return node;
    }

    public static ObjectNode message(Message message) {
        ObjectNode node = Json.object();
        node.put("id", message.id());
        if (message.secondaryId() != null) {
            node.put("secondaryId", message.secondaryId());
        }
        node.put("chatId", message.chatId());
        node.put("toGroup", message.toGroup());
        node.put("from", message.from());
        node.put("text", message.text());
        node.put("timestamp", message.timestampMillis());
        node.put("status", message.status().name().toLowerCase(Locale.ROOT));
        if (message.failure() != null) {
            node.put("failure", message.failure().name());
        }
        node.set("recipients", strings(message.recipients()));
        return node;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }
}
