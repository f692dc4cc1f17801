package dev.commsim.contract.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.actions.Observation;
import dev.commsim.contract.actions.Observation.Batch;
import dev.commsim.contract.actions.Reason;
import dev.commsim.contract.actions.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model read next to rules.md: one rule per test. */
class CommunityModelTest {

    private CommunityModel model = new CommunityModel(Settings.small(), Roster.standard());

    private Object run(Step step) {
        return model.expect(step).orElseThrow();
    }

    private void communityWithGroup() {
        run(new Step.CreateCommunity("alice", "c1", "Hub"));
        run(new Step.CreateGroup("alice", "g1", "Eng", List.of("bob", "u1")));
        assertThat(run(new Step.Link("alice", "c1", "g1"))).isEqualTo(Observation.done());
    }

    @Test
    void r1CreatingACommunityMakesTwinGroups() {
        run(new Step.CreateCommunity("alice", "c1", "Hub"));
        WorldView view = model.view();
        assertThat(view.groups().get("c1").kind()).isEqualTo(Kind.COMMUNITY_PARENT);
        assertThat(view.groups().get("c1/Y").linkedParent()).isEqualTo("c1");
        assertThat(view.groups().get("c1/Y").announcementsOnly()).isTrue();
        assertThat(Invariants.check(view, Settings.small())).isEmpty();
    }

    @Test
    void r3LinkingBringsTheGroupsParticipantsIntoY() {
        communityWithGroup();
        assertThat(model.participants("c1/Y")).containsOnlyKeys("alice", "bob", "u1");
        assertThat(run(new Step.Link("alice", "c1", "g1"))).isEqualTo(Observation.done());
    }

    @Test
    void r3RefusalsFollowTheListedOrder() {
        communityWithGroup();
        run(new Step.CreateCommunity("bob", "c2", "Other"));
        assertThat(run(new Step.Link("carol", "c1", "g1"))).isEqualTo(Observation.refused(Reason.COMMUNITY_NOT_FOUND));
        assertThat(run(new Step.Link("bob", "c1", "g1"))).isEqualTo(Observation.refused(Reason.NOT_COMMUNITY_ADMIN));
        run(new Step.AddToCommunity("bob", "c2", List.of("alice")));
        run(new Step.PromoteCommunityAdmins("bob", "c2", List.of("alice")));
        assertThat(run(new Step.Link("alice", "c2", "g1"))).isEqualTo(Observation.refused(Reason.LINKED_ELSEWHERE));
        assertThat(run(new Step.Link("alice", "c2", "c1/Y"))).isEqualTo(Observation.refused(Reason.NOT_ORDINARY));
    }

    @Test
    void r6TheMemberLimitIncludesItsValue() {
        model = new CommunityModel(Settings.small().withMaxCommunityMembers(4), Roster.standard());
        run(new Step.CreateCommunity("alice", "c1", "Hub"));
        run(new Step.CreateGroup("alice", "g1", "A", List.of("u1", "u2", "u3")));
        run(new Step.CreateGroup("alice", "g2", "B", List.of("u4")));
        assertThat(run(new Step.Link("alice", "c1", "g1"))).isEqualTo(Observation.done());
        assertThat(run(new Step.Link("alice", "c1", "g2")))
                .isEqualTo(Observation.refused(Reason.COMMUNITY_MEMBER_LIMIT));
        assertThat(run(new Step.AddParticipants("alice", "g1", List.of("u4"))))
                .isEqualTo(new Batch(List.of(), List.of("u4")));
    }

    @Test
    void r4UnlinkRemovesOnlyOrphansUnderTheDefaultPolicy() {
        communityWithGroup();
        run(new Step.CreateGroup("alice", "g2", "Ops", List.of("u1")));
        run(new Step.Link("alice", "c1", "g2"));
        run(new Step.AddToCommunity("alice", "c1", List.of("u2")));
        run(new Step.AddParticipants("alice", "g1", List.of("u2")));
        run(new Step.Unlink("alice", "c1", "g1"));
        // bob is an orphan; u1 is still in g2; u2 is a direct member; alice is an admin.
        assertThat(model.participants("c1/Y")).containsOnlyKeys("alice", "u1", "u2");
    }

    @Test
    void r4OtherPoliciesAreSelectable() {
        model = new CommunityModel(Settings.small().withUnlinkPolicy(UnlinkPolicy.ALL), Roster.standard());
        communityWithGroup();
        run(new Step.Unlink("alice", "c1", "g1"));
        assertThat(model.participants("c1/Y")).containsOnlyKeys("alice");
        model = new CommunityModel(Settings.small().withUnlinkPolicy(UnlinkPolicy.NONE), Roster.standard());
        communityWithGroup();
        run(new Step.Unlink("alice", "c1", "g1"));
        assertThat(model.participants("c1/Y")).containsOnlyKeys("alice", "bob", "u1");
    }

    @Test
    void r5RemovalFromALinkedGroupKeepsTheMemberInY() {
        communityWithGroup();
        run(new Step.RemoveParticipants("alice", "g1", List.of("u1")));
        run(new Step.Leave("bob", "g1"));
        assertThat(model.participants("c1/Y")).containsOnlyKeys("alice", "bob", "u1");
        run(new Step.RemoveFromCommunity("alice", "c1", List.of("bob")));
        assertThat(model.participants("c1/Y")).containsOnlyKeys("alice", "u1");
    }

    @Test
    void r7OnlyAdminsSendToYAndNobodyToP() {
        communityWithGroup();
        assertThat(run(new Step.SendText("bob", "c1/Y", "hi"))).isEqualTo(Observation.refused(Reason.SEND_FORBIDDEN));
        assertThat(run(new Step.SendText("alice", "c1/Y", "hi"))).isEqualTo(Observation.done());
        assertThat(run(new Step.SendText("alice", "c1", "hi"))).isEqualTo(Observation.refused(Reason.SEND_FORBIDDEN));
        assertThat(run(new Step.SendText("carol", "c1/Y", "hi"))).isEqualTo(Observation.refused(Reason.CHAT_NOT_FOUND));
    }

    @Test
    void r8DeactivationUnlinksAndTheIdAnswersNotFound() {
        communityWithGroup();
        run(new Step.Deactivate("alice", "c1"));
        assertThat(model.linkedParent("g1")).isNull();
        assertThat(model.view().groups()).doesNotContainKeys("c1", "c1/Y");
        assertThat(run(new Step.Link("alice", "c1", "g1"))).isEqualTo(Observation.refused(Reason.COMMUNITY_NOT_FOUND));
    }

    @Test
    void i6ARefusedStepChangesNothing() {
        communityWithGroup();
        WorldView before = model.view();
        run(new Step.CreateGroup("bob", "g2", "x".repeat(101), List.of("u1")));
        run(new Step.Unlink("bob", "c1", "g1"));
        assertThat(model.view()).isEqualTo(before);
    }

    @Test
    void stepsOnHandlesNoStepCreatedAreSkipped() {
        assertThat(model.expect(new Step.Link("alice", "c1", "g1"))).isEmpty();
    }

    @Test
    void invariantsCatchABrokenWorld() {
        communityWithGroup();
        WorldView view = model.view();
        view.groups().get("c1/Y").participants().remove("bob");
        assertThat(Invariants.check(view, Settings.small())).anySatisfy(v -> assertThat(v).startsWith("I3"));
    }
}
