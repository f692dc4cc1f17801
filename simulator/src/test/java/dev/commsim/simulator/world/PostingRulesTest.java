package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R7: only admins post in the announcement group and in admin-only groups; nobody posts to the parent. */
class PostingRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;
    private final String hub = scene.community(ALICE, "Hub");
    private final String announcement = scene.announcementOf(ALICE, hub);

    PostingRulesTest() {
        scene.linkedGroup(ALICE, hub, "Engineering", BOB, CAROL);
    }

    private Outcome<Message> send(String caller, String groupId, SendMode mode) {
        return world.send(caller, SendTarget.group(groupId), "hi", mode, MessageIdStyle.WHAPI);
    }

    @Test
    void anAdminPostsToTheAnnouncementGroupAndReachesItsMembers() {
        Message message = ok(send(ALICE, announcement, SendMode.REFUSE_AT_ONCE));

        assertThat(message.status()).isEqualTo(Message.Status.SENT);
        assertThat(message.recipients()).containsExactlyInAnyOrder(BOB, CAROL);
        assertThat(world.messages()).containsExactly(message);
    }

    @Test
    void aMemberWhoIsNotAnAdminIsRefusedAtOnceOrRecordedAsFailedByMode() {
        scene.refusedWithoutChange(Reason.SEND_FORBIDDEN, () -> send(BOB, announcement, SendMode.REFUSE_AT_ONCE));

        Message failed = ok(send(BOB, announcement, SendMode.ACCEPT_THEN_FAIL));

        assertThat(failed.status()).isEqualTo(Message.Status.FAILED);
        assertThat(failed.failure()).isEqualTo(Reason.SEND_FORBIDDEN);
        assertThat(failed.recipients()).isEmpty();
    }

    @Test
    void nobodyPostsToTheParentGroupNotEvenItsCreator() {
        scene.refusedWithoutChange(Reason.SEND_FORBIDDEN, () -> send(ALICE, hub, SendMode.REFUSE_AT_ONCE));
    }

    @Test
    void anAdminOnlyOrdinaryGroupRefusesItsMembersButNotItsAdmins() {
        String group = scene.group(ALICE, "Quiet", BOB);
        ok(world.groupSettings(ALICE, group, Map.of(GroupSetting.ANNOUNCEMENTS_ONLY, true), ParentReach.AS_GROUP));

        scene.refusedWithoutChange(Reason.SEND_FORBIDDEN, () -> send(BOB, group, SendMode.REFUSE_AT_ONCE));
        assertThat(ok(send(ALICE, group, SendMode.REFUSE_AT_ONCE)).recipients()).containsExactly(BOB);
    }

    @Test
    void aPromotedCommunityAdminMayPost() {
        ok(world.promoteCommunityAdmins(ALICE, hub, List.of(BOB)));

        assertThat(ok(send(BOB, announcement, SendMode.REFUSE_AT_ONCE)).recipients()).containsExactlyInAnyOrder(ALICE, CAROL);
    }

    @Test
    void sendingToAGroupTheCallerIsNotInIsChatNotFound() {
        String bobs = scene.group(BOB, "Bob's", CAROL);

        scene.refusedWithoutChange(Reason.CHAT_NOT_FOUND, () -> send(ALICE, bobs, SendMode.REFUSE_AT_ONCE));
    }

    @Test
    void aMessageToAPersonOpensAContactChatAndAPostMovesTheGroupUpTheList() {
        scene.tick();
        ok(world.send(ALICE, SendTarget.person(BOB), "hello", SendMode.REFUSE_AT_ONCE, MessageIdStyle.WHAPI));
        String quiet = scene.group(ALICE, "Quiet", BOB);
        scene.tick();
        ok(send(ALICE, announcement, SendMode.REFUSE_AT_ONCE));

        assertThat(world.contactChats(ALICE)).containsOnlyKeys(BOB);
        assertThat(world.groups(ALICE, ParentReach.AS_GROUP).get(0).id()).isEqualTo(announcement);
        assertThat(world.groups(ALICE, ParentReach.AS_GROUP).get(1).id()).isEqualTo(quiet);
    }
}
