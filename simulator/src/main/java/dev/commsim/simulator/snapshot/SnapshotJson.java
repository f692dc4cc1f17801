package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.control.ControlJson;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Participant;
import dev.commsim.simulator.world.WorldSnapshot;
import java.util.Locale;

/** The world as the snapshot format writes it ({@code GET /_sim/state}, state files). Field names are a stable interface. */
public final class SnapshotJson {
    public static final int FORMAT_VERSION = 1;

    private SnapshotJson() {
    }

    public static ObjectNode state(WorldSnapshot snapshot) {
        ObjectNode root = Json.object().put("version", FORMAT_VERSION);
        root.set("settings", ControlJson.settings(snapshot.settings()));
        root.set("accounts", ControlJson.strings(snapshot.accounts()));
        ArrayNode channels = root.putArray("channels");
        snapshot.channels().forEach(channel -> channels.add(ControlJson.channel(channel)));
        ArrayNode groups = root.putArray("groups");
        snapshot.groups().forEach(group -> groups.add(group(group)));
        ArrayNode communities = root.putArray("communities");
        for (WorldSnapshot.CommunitySnapshot community : snapshot.communities()) {
            ObjectNode node = communities.addObject();
            node.put("id", community.id());
            node.put("announcementGroupId", community.announcementGroupId());
            node.set("linkedGroups", ControlJson.strings(community.linkedGroups()));
            node.set("directMembers", ControlJson.strings(community.directMembers()));
            node.set("admins", ControlJson.strings(community.admins()));
            node.put("whoCanAddGroups", community.whoCanAddGroups());
            node.put("memberAddMode", community.memberAddMode());
        }
        ArrayNode messages = root.putArray("messages");
        snapshot.messages().forEach(message -> messages.add(ControlJson.message(message)));
        return root;
    }

    private static ObjectNode group(WorldSnapshot.GroupSnapshot group) {
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
}
