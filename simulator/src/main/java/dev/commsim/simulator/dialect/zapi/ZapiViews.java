package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.CommunityView;
import dev.commsim.simulator.world.GroupKind;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.Participant;
import dev.commsim.simulator.world.ParticipantList;
import dev.commsim.simulator.world.Rank;
import java.util.function.Function;

/**
 * Z-API's response objects (zapi.md §3). Chat items keep Z-API's string-typed fields
 * ({@code "archived": "false"}, {@code "isMuted": "0"}, times as numeric strings in ms); metadata
 * times are numbers in ms. Markers follow R2.
 */
final class ZapiViews {
    /** Written once per participant list and copied into every answer until it changes (see WhapiViews.PARTICIPANTS). */
    private static final Function<ParticipantList, JsonNode> PARTICIPANTS = participants -> Json.frozen(out -> {
        out.writeStartArray();
        for (Participant participant : participants) {
            out.writeStartObject();
            out.writeStringField("phone", participant.phone());
            out.writeBooleanField("isAdmin", participant.rank().isAdmin());
            out.writeBooleanField("isSuperAdmin", participant.rank() == Rank.CREATOR);
            out.writeEndObject();
        }
        out.writeEndArray();
    });

    private ZapiViews() {
    }

    static ObjectNode value(boolean value) {
        return Json.object().put("value", value);
    }

    static ObjectNode success(boolean success) {
        return Json.object().put("success", success);
    }

    /** {@code POST /communities}: P's bare id and Y as the one sub-group. */
    static ObjectNode createdCommunity(CommunityView community) {
        ObjectNode node = Json.object().put("id", community.id());
        node.putArray("subGroups").add(subGroup(community.announcement()));
        return node;
    }

    static ObjectNode communityItem(CommunityView community) {
        return Json.object().put("name", community.parent().subject()).put("id", community.id());
    }

    /** {@code GET /communities-metadata}: Y first, then the linked groups in link order. */
    static ObjectNode communityMetadata(CommunityView community) {
        ObjectNode node = communityItem(community);
        optionalText(node, "description", community.parent().description());
        ArrayNode subGroups = node.putArray("subGroups");
        subGroups.add(subGroup(community.announcement()));
        community.linkedGroups().forEach(group -> subGroups.add(subGroup(group)));
        return node;
    }

    private static ObjectNode subGroup(GroupView group) {
        return Json.object()
                .put("name", group.subject())
                .put("phone", ZapiIds.renderGroup(group.id()))
                .put("isGroupAnnouncement", isAnnouncement(group));
    }

    /** {@code GET /group-metadata}; the light form never carries the invitation link. */
    static ObjectNode groupMetadata(GroupView group, String caller, boolean light) {
        ObjectNode node = Json.object();
        node.put("phone", ZapiIds.renderGroup(group.id()));
        optionalText(node, "description", group.description());
        node.put("owner", group.creator());
        node.put("subject", group.subject());
        node.put("creation", group.createdAtMillis());
        if (!light && group.isAdmin(caller)) {
            node.put("invitationLink", ZapiIds.inviteLink(group.inviteCode()));
        } else {
            node.putNull("invitationLink");
        }
        if (group.communityId() == null) {
            node.putNull("communityId");
        } else {
            node.put("communityId", group.communityId());
        }
        node.put("adminOnlyMessage", group.announcementsOnly());
        node.put("adminOnlySettings", group.restrictInfo());
        node.put("requireAdminApproval", group.approveParticipants());
        node.put("adminOnlyAddMember", group.adminsAdd());
        node.put("isGroupAnnouncement", isAnnouncement(group));
        node.set("participants", group.participants().derived(PARTICIPANTS));
        node.put("subjectTime", group.subjectAtMillis());
        node.put("subjectOwner", group.subjectOwner());
        return node;
    }

    /** A chat item of {@code /chats} and {@code /groups}: Y is not a group there, it is an announcement (R2). */
    static ObjectNode groupChat(GroupView group) {
        boolean announcement = isAnnouncement(group);
        return chat(ZapiIds.renderGroup(group.id()), group.subject(), !announcement, announcement,
                group.lastActivityMillis());
    }

    /** A person the instance has messaged (sc: Z-API knows no contact's name here, so the phone is the name). */
    static ObjectNode contactChat(String phone, long lastMessageMillis) {
        return chat(phone, phone, false, false, lastMessageMillis);
    }

    private static ObjectNode chat(String phone, String name, boolean isGroup, boolean isGroupAnnouncement,
                                   long lastMessageMillis) {
        ObjectNode node = Json.object();
        node.put("phone", phone);
        node.put("name", name);
        node.put("isGroup", isGroup);
        node.put("isGroupAnnouncement", isGroupAnnouncement);
        node.put("unread", "0");
        node.put("messagesUnread", "0");
        node.put("lastMessageTime", Long.toString(lastMessageMillis));
        node.put("isMuted", "0");
        node.put("isMarkedSpam", "false");
        node.put("archived", "false");
        node.put("pinned", "false");
        node.putNull("muteEndTime");
        return node;
    }

    /** {@code GET /chats/{phone}}: the chat item plus the fields only the single-chat read carries. */
    static ObjectNode chatMetadata(ObjectNode chat, String about) {
        optionalText(chat, "about", about);
        chat.putNull("profileThumbnail");
        chat.putNull("notes");
        return chat;
    }

    static ObjectNode sent(Message message) {
        return Json.object()
                .put("zaapId", message.secondaryId())
                .put("messageId", message.id())
                .put("id", message.id());
    }

    static ObjectNode createdGroup(GroupView group, Iterable<String> phonesNotAdded) {
        ObjectNode node = Json.object();
        node.put("phone", ZapiIds.renderGroup(group.id()));
        node.put("invitationLink", ZapiIds.inviteLink(group.inviteCode()));
        ArrayNode notAdded = node.putArray("phonesNotAdded");
        phonesNotAdded.forEach(notAdded::add);
        return node;
    }

    static ObjectNode invitationLink(String groupId, String code) {
        ObjectNode node = Json.object();
        if (groupId != null) {
            node.put("phone", ZapiIds.renderGroup(groupId));
        }
        return node.put("invitationLink", ZapiIds.inviteLink(code));
    }

    /** sc: a text nobody set is {@code null}, never {@code ""} (the key is always present). */
    private static void optionalText(ObjectNode node, String field, String text) {
        if (text == null || text.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, text);
        }
    }

    private static boolean isAnnouncement(GroupView group) {
        return group.kind() == GroupKind.COMMUNITY_ANNOUNCEMENT;
    }
}
