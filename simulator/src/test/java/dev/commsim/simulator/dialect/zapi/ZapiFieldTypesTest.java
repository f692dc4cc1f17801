package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.support.RunningSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every field keeps the JSON type Z-API documents (zapi.md §3): chat items carry strings where a
 * boolean or a number would be expected; metadata times are numbers in epoch milliseconds.
 */
class ZapiFieldTypesTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;
    private ZapiClient.Community hub;
    private String group;
    private long before;

    @BeforeEach
    void aCommunityAGroupAndAContact() {
        before = System.currentTimeMillis();
        ana = ZapiClient.declare(SIM, ANA);
        hub = ana.createCommunity("Company Hub");
        group = ana.createGroup("Engineering", BRUNO);
        ana.sendText(CARLA, "hello");
    }

    @Test
    void chatItemsOfChatsUseStringsForFlagsCountsAndTimes() {
        JsonNode chats = ana.list("/chats");

        assertThat(chats.size()).isEqualTo(3);
        chats.forEach(this::assertChatItemTypes);
    }

    @Test
    void chatItemsOfGroupsUseTheSameTypes() {
        JsonNode groups = ana.list("/groups");

        assertThat(groups.size()).isEqualTo(2);
        groups.forEach(this::assertChatItemTypes);
    }

    @Test
    void aSingleChatAddsItsOwnFieldsToTheSameTypes() {
        for (String phone : List.of(group, hub.announcement(), CARLA)) {
            JsonNode chat = ZapiClient.tree(ana.raw().get("/chats/" + phone).then().statusCode(200)
                    .extract().response());
            assertChatItemTypes(chat);
            assertThat(chat.has("about")).isTrue();
            assertThat(chat.has("profileThumbnail")).isTrue();
            assertThat(chat.has("notes")).isTrue();
        }
        // The OLD spelling of the path is served too.
        ana.raw().get("/chat/" + CARLA).then().statusCode(200);
    }

    @Test
    void groupMetadataUsesBooleansAndEpochMillisecondNumbers() {
        for (String id : List.of(group, hub.announcement())) {
            JsonNode metadata = ZapiClient.tree(ana.raw().get("/group-metadata/" + id).then().statusCode(200)
                    .extract().response());
            for (String flag : List.of("adminOnlyMessage", "adminOnlySettings", "requireAdminApproval",
                    "adminOnlyAddMember", "isGroupAnnouncement")) {
                assertThat(metadata.get(flag).isBoolean()).as(flag).isTrue();
            }
            for (String time : List.of("creation", "subjectTime")) {
                assertThat(metadata.get(time).isIntegralNumber()).as(time).isTrue();
                assertThat(metadata.get(time).longValue()).as(time).isBetween(before, System.currentTimeMillis());
            }
            for (String text : List.of("phone", "owner", "subject", "subjectOwner", "invitationLink")) {
                assertThat(metadata.get(text).isTextual()).as(text).isTrue();
            }
            for (JsonNode participant : metadata.get("participants")) {
                assertThat(participant.get("phone").isTextual()).isTrue();
                assertThat(participant.get("isAdmin").isBoolean()).isTrue();
                assertThat(participant.get("isSuperAdmin").isBoolean()).isTrue();
            }
        }
    }

    @Test
    void lightMetadataNeverCarriesTheInvitationLink() {
        JsonNode light = ZapiClient.tree(ana.raw().get("/light-group-metadata/" + group).then().statusCode(200)
                .extract().response());

        assertThat(light.get("invitationLink").isNull()).isTrue();
        assertThat(light.get("subject").textValue()).isEqualTo("Engineering");
    }

    @Test
    void communityListingsAndMetadataUseStringIdsAndBooleanMarkers() {
        JsonNode communities = ana.list("/communities");
        assertThat(communities.isArray()).isTrue();
        assertThat(communities.get(0).get("id").isTextual()).isTrue();

        JsonNode metadata = ZapiClient.tree(ana.raw().get("/communities-metadata/" + hub.id()).then().statusCode(200)
                .extract().response());
        assertThat(metadata.get("id").isTextual()).isTrue();
        assertThat(metadata.get("subGroups").get(0).get("isGroupAnnouncement").isBoolean()).isTrue();
    }

    private void assertChatItemTypes(JsonNode chat) {
        String phone = chat.get("phone").textValue();
        List<String> problems = new ArrayList<>();
        for (String flag : List.of("archived", "pinned", "isMarkedSpam")) {
            if (!chat.get(flag).isTextual() || !List.of("true", "false").contains(chat.get(flag).textValue())) {
                problems.add(flag + " should be \"true\"/\"false\" but is " + chat.get(flag));
            }
        }
        if (!chat.get("isMuted").isTextual() || !List.of("0", "1").contains(chat.get("isMuted").textValue())) {
            problems.add("isMuted should be \"0\"/\"1\" but is " + chat.get("isMuted"));
        }
        for (String count : List.of("unread", "messagesUnread", "lastMessageTime")) {
            if (!chat.get(count).isTextual() || !chat.get(count).textValue().matches("\\d+")) {
                problems.add(count + " should be a numeric string but is " + chat.get(count));
            }
        }
        for (String flag : List.of("isGroup", "isGroupAnnouncement")) {
            if (!chat.get(flag).isBoolean()) {
                problems.add(flag + " should be a boolean but is " + chat.get(flag));
            }
        }
        if (!chat.has("muteEndTime") || !chat.get("muteEndTime").isNull()) {
            problems.add("muteEndTime should be null");
        }
        assertThat(problems).as(phone).isEmpty();
        assertThat(Long.parseLong(chat.get("lastMessageTime").textValue())).as(phone + " lastMessageTime in ms")
                .isBetween(before, System.currentTimeMillis());
        assertThat(chat.get("name").isTextual()).isTrue();
    }
}
