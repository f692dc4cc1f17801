package dev.commsim.contract.actions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The catalogue of steps a program is made of. Every field is a handle: people ({@code alice},
 * {@code u3}), groups ({@code g2}), communities ({@code c1}); {@code c1} as a chat or group means the
 * community's parent group P and {@code c1/Y} its announcement group Y. Never a provider id, so a
 * program runs against any target and survives shrinking.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Step.CreateGroup.class, name = "createGroup"),
        @JsonSubTypes.Type(value = Step.CreateCommunity.class, name = "createCommunity"),
        @JsonSubTypes.Type(value = Step.Link.class, name = "link"),
        @JsonSubTypes.Type(value = Step.Unlink.class, name = "unlink"),
        @JsonSubTypes.Type(value = Step.AddParticipants.class, name = "addParticipants"),
        @JsonSubTypes.Type(value = Step.RemoveParticipants.class, name = "removeParticipants"),
        @JsonSubTypes.Type(value = Step.Promote.class, name = "promote"),
        @JsonSubTypes.Type(value = Step.Demote.class, name = "demote"),
        @JsonSubTypes.Type(value = Step.AddToCommunity.class, name = "addToCommunity"),
        @JsonSubTypes.Type(value = Step.RemoveFromCommunity.class, name = "removeFromCommunity"),
        @JsonSubTypes.Type(value = Step.PromoteCommunityAdmins.class, name = "promoteCommunityAdmins"),
        @JsonSubTypes.Type(value = Step.DemoteCommunityAdmins.class, name = "demoteCommunityAdmins"),
        @JsonSubTypes.Type(value = Step.SendText.class, name = "sendText"),
        @JsonSubTypes.Type(value = Step.Leave.class, name = "leave"),
        @JsonSubTypes.Type(value = Step.UpdateSubject.class, name = "updateSubject"),
        @JsonSubTypes.Type(value = Step.UpdateDescription.class, name = "updateDescription"),
        @JsonSubTypes.Type(value = Step.InviteCode.class, name = "inviteCode"),
        @JsonSubTypes.Type(value = Step.ChangeSetting.class, name = "changeSetting"),
        @JsonSubTypes.Type(value = Step.Deactivate.class, name = "deactivate"),
        @JsonSubTypes.Type(value = Step.CreateGroupInCommunity.class, name = "createGroupInCommunity"),
        @JsonSubTypes.Type(value = Step.JoinByInvite.class, name = "joinByInvite")})
public sealed interface Step {

    /** The person whose channel sends the request. */
    String actor();

    /** The action's name, as in replay files and counts. */
    @JsonIgnore
    default String action() {
        String simple = getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** The announcement group's handle of a community. */
    static String announcement(String community) {
        return community + "/Y";
    }

    /** R10: an ordinary group, with its first participants. */
    record CreateGroup(String actor, String group, String subject, List<String> people) implements Step {
        public CreateGroup {
            people = List.copyOf(people);
        }
    }

    /** R1: a community, that is P and Y. */
    record CreateCommunity(String actor, String community, String name) implements Step {
    }

    /** R3. */
    record Link(String actor, String community, String group) implements Step {
    }

    /** R4. */
    record Unlink(String actor, String community, String group) implements Step {
    }

    /** R10, R5: batch add to a group. */
    record AddParticipants(String actor, String group, List<String> people) implements Step {
        public AddParticipants {
            people = List.copyOf(people);
        }
    }

    /** R10, R5: batch remove from a group. */
    record RemoveParticipants(String actor, String group, List<String> people) implements Step {
        public RemoveParticipants {
            people = List.copyOf(people);
        }
    }

    /** R10: make a participant a group admin. */
    record Promote(String actor, String group, String person) implements Step {
    }

    /** R10: make a group admin a member again. */
    record Demote(String actor, String group, String person) implements Step {
    }

    /** R5: direct members of the community. */
    record AddToCommunity(String actor, String community, List<String> people) implements Step {
        public AddToCommunity {
            people = List.copyOf(people);
        }
    }

    /** R5: out of Y and of every linked group. */
    record RemoveFromCommunity(String actor, String community, List<String> people) implements Step {
        public RemoveFromCommunity {
            people = List.copyOf(people);
        }
    }

    /** R5: community admins, in P and Y. */
    record PromoteCommunityAdmins(String actor, String community, List<String> people) implements Step {
        public PromoteCommunityAdmins {
            people = List.copyOf(people);
        }
    }

    /** R5. */
    record DemoteCommunityAdmins(String actor, String community, List<String> people) implements Step {
        public DemoteCommunityAdmins {
            people = List.copyOf(people);
        }
    }

    /** R7: a text to a group, P ({@code c1}) or Y ({@code c1/Y}). */
    record SendText(String actor, String chat, String text) implements Step {
    }

    /** R10, R5: the actor leaves a group. */
    record Leave(String actor, String group) implements Step {
    }

    /** R10. */
    record UpdateSubject(String actor, String group, String subject) implements Step {
    }

    /** R10, R6: description of at most 2048 characters. */
    record UpdateDescription(String actor, String group, String description) implements Step {
    }

    /** R10: read the invite code, or revoke it for a new one (admins only). */
    record InviteCode(String actor, String group, boolean revoke) implements Step {
    }

    /** R10: {@code adminsOnly} true is policy "admins", false is "anyone". */
    record ChangeSetting(String actor, String group, Setting setting, boolean adminsOnly) implements Step {
    }

    /** R8. */
    record Deactivate(String actor, String community) implements Step {
    }

    /**
     * R10 then R3 at once (whapi.md §4.1 "create group in community"): a new ordinary group already
     * linked to the community, all or nothing. Whapi only: Z-API has no such endpoint (a Z-API user
     * creates, then links: two steps the kit already has), so the Z-API model skips it.
     */
    record CreateGroupInCommunity(String actor, String community, String group, String subject, List<String> people)
            implements Step {
        public CreateGroupInCommunity {
            people = List.copyOf(people);
        }
    }

    /**
     * R10, R5: the actor joins by a group's invite code (P's or Y's code is the community's). With
     * {@code revokedCode} the code is the one the group's latest revoke replaced, so "not found".
     */
    record JoinByInvite(String actor, String group, boolean revokedCode) implements Step {
    }

    /** The group settings a step can change. */
    enum Setting {
        /** announcementsOnly: only admins send. */
        SEND_MESSAGES,
        /** restrictInfo: only admins edit the subject and description. */
        EDIT_GROUP_INFO
    }
}
