package dev.commsim.contract.model;

import static dev.commsim.contract.actions.Observation.done;
import static dev.commsim.contract.actions.Observation.refused;

import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Observation;
import dev.commsim.contract.actions.Observation.Batch;
import dev.commsim.contract.actions.Reason;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * rules.md made executable, written from the text alone (it shares no code with the simulator).
 * One method per operation; each checks its refusals in the order the rules list them and, only when
 * none applies, changes the state: a refused step changes nothing (I6).
 * Choices rules.md leaves to the simulator (whapi.md "sc") are marked "sc" where they are made.
 */
public class CommunityModel implements Model<Step> {

    static final int MAX_SUBJECT = 100;
    static final int MAX_DESCRIPTION = 2048;

    /** A group's state. P's participants are the community admins (I5); Y's are the community members. */
    protected static final class Group {
        final Kind kind;
        String subject;
        String description;
        final Map<String, Rank> participants = new LinkedHashMap<>();
        boolean announcementsOnly;
        boolean restrictInfo;
        String linkedParent;

        Group(Kind kind, String subject) {
            this.kind = kind;
            this.subject = subject;
        }

        boolean isAdmin(String person) {
            Rank rank = participants.get(person);
            return rank != null && rank.isAdmin();
        }
    }

    /** A community's own state; P and Y live in {@code groups} under {@code c} and {@code c/Y}. */
    protected static final class Community {
        boolean active = true;
        final Set<String> linked = new LinkedHashSet<>();
        final Set<String> directMembers = new LinkedHashSet<>();
    }

    protected final Settings settings;
    protected final Roster roster;
    protected final Map<String, Group> groups = new LinkedHashMap<>();
    protected final Map<String, Community> communities = new LinkedHashMap<>();

    protected final Dialect dialect;
    protected final List<WorldView.MessageView> messages = new ArrayList<>();
    /** Revokes per group handle, kept after the group is gone: a join may use a revoked code. */
    protected final Map<String, Integer> revokes = new LinkedHashMap<>();

    public CommunityModel(Settings settings, Roster roster) {
        this(settings, roster, Dialect.WHAPI);
    }

    /**
     * @param dialect the rules a provider documents for itself: on Z-API the last ordinary linked
     *                group cannot be unlinked (R4), and a refused send is recorded as failed (R7)
     */
    public CommunityModel(Settings settings, Roster roster, Dialect dialect) {
        this.settings = settings;
        this.roster = roster;
        this.dialect = dialect;
    }

    public Settings settings() {
        return settings;
    }

    public Roster roster() {
        return roster;
    }

    @Override
    public Optional<Object> expect(Step step) {
        if (!handlesKnown(step)) {
            return Optional.empty();
        }
        return Optional.of(apply(step));
    }

    private Observation apply(Step step) {
        if (step instanceof Step.CreateGroup s) {
            return createGroup(s.actor(), s.group(), s.subject(), s.people());
        } else if (step instanceof Step.CreateCommunity s) {
            return createCommunity(s.actor(), s.community(), s.name());
        } else if (step instanceof Step.Link s) {
            return link(s.actor(), s.community(), s.group());
        } else if (step instanceof Step.Unlink s) {
            return unlink(s.actor(), s.community(), s.group());
        } else if (step instanceof Step.AddParticipants s) {
            return addParticipants(s.actor(), s.group(), s.people());
        } else if (step instanceof Step.RemoveParticipants s) {
            return removeParticipants(s.actor(), s.group(), s.people());
        } else if (step instanceof Step.Promote s) {
            return promote(s.actor(), s.group(), s.person());
        } else if (step instanceof Step.Demote s) {
            return demote(s.actor(), s.group(), s.person());
        } else if (step instanceof Step.AddToCommunity s) {
            return addToCommunity(s.actor(), s.community(), s.people());
        } else if (step instanceof Step.RemoveFromCommunity s) {
            return removeFromCommunity(s.actor(), s.community(), s.people());
        } else if (step instanceof Step.PromoteCommunityAdmins s) {
            return promoteCommunityAdmins(s.actor(), s.community(), s.people());
        } else if (step instanceof Step.DemoteCommunityAdmins s) {
            return demoteCommunityAdmins(s.actor(), s.community(), s.people());
        } else if (step instanceof Step.SendText s) {
            Observation outcome = sendText(s.actor(), s.chat());
            record(s.actor(), s.chat(), outcome);
            return outcome;
        } else if (step instanceof Step.Leave s) {
            return leave(s.actor(), s.group());
        } else if (step instanceof Step.UpdateSubject s) {
            return updateSubject(s.actor(), s.group(), s.subject());
        } else if (step instanceof Step.UpdateDescription s) {
            return updateDescription(s.actor(), s.group(), s.description());
        } else if (step instanceof Step.InviteCode s) {
            return inviteCode(s.actor(), s.group(), s.revoke());
        } else if (step instanceof Step.ChangeSetting s) {
            return changeSetting(s.actor(), s.group(), s.setting(), s.adminsOnly());
        } else if (step instanceof Step.Deactivate s) {
            return deactivate(s.actor(), s.community());
        } else if (step instanceof Step.CreateGroupInCommunity s) {
            return createGroupInCommunity(s.actor(), s.community(), s.group(), s.subject(), s.people());
        } else if (step instanceof Step.JoinByInvite s) {
            return joinByInvite(s.actor(), s.group(), s.revokedCode());
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    // ---- R10: ordinary groups ------------------------------------------------------------------

    protected Observation createGroup(String actor, String handle, String subject, List<String> people) {
        if (!validCreation(actor, subject, people)) {
            return refused(Reason.BAD_REQUEST);
        }
        NewGroup planned = plan(actor, subject, people);
        groups.put(handle, planned.group());
        return planned.answer();
    }

    private boolean validCreation(String actor, String subject, List<String> people) {
        return validSubject(subject) && people.stream().anyMatch(p -> !p.equals(actor));
    }

    /** A group about to be created, not yet in the world, with the answer its creation gives. */
    private record NewGroup(Group group, Batch answer) {
    }

    private NewGroup plan(String actor, String subject, List<String> people) {
        Group group = new Group(Kind.ORDINARY, subject);
        group.participants.put(actor, Rank.CREATOR);
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            // R6: each person that does not fit is refused, in request order.
            if (group.participants.containsKey(person) || !roster.onWhatsApp(person)
                    || group.participants.size() >= settings.maxGroupSize()) {
                failed.add(person);
            } else {
                group.participants.put(person, Rank.MEMBER);
                processed.add(person);
            }
        }
        return new NewGroup(group, new Batch(processed, failed));
    }

    /**
     * whapi.md §4.1: create then link, all or nothing, refused as a link would be (R3). The new group
     * is the caller's own, ordinary and unlinked, so of R3 only the community's checks and the two
     * limits can refuse. sc (the simulator's documented order): the community is looked at before
     * the subject and participants.
     */
    protected Observation createGroupInCommunity(String actor, String community, String handle, String subject,
                                                 List<String> people) {
        Observation refusal = communityAdminRefusal(actor, community);
        if (refusal != null) {
            return refusal;
        }
        if (!validCreation(actor, subject, people)) {
            return refused(Reason.BAD_REQUEST);
        }
        NewGroup planned = plan(actor, subject, people);
        if (communities.get(community).linked.size() >= settings.maxLinkedGroups()) {
            return refused(Reason.LINKED_GROUP_LIMIT);
        }
        Group announcement = announcement(community);
        Set<String> union = new HashSet<>(announcement.participants.keySet());
        union.addAll(planned.group().participants.keySet());
        if (union.size() > settings.maxCommunityMembers()) {
            return refused(Reason.COMMUNITY_MEMBER_LIMIT);
        }
        Group group = planned.group();
        groups.put(handle, group);
        group.linkedParent = community;
        communities.get(community).linked.add(handle);
        for (String person : group.participants.keySet()) {
            announcement.participants.putIfAbsent(person, Rank.MEMBER);
        }
        return planned.answer();
    }

    /**
     * R10 join by invite code, as another account would (the simulator's documented semantics): P's or
     * Y's code makes a direct member of the community; a linked group's code brings the joiner into
     * Y as well (R5); someone already in is a no-op success. R6: a full group, or a full community
     * for a newcomer to it, refuses. A revoked code, or the code of a group that is gone, is unknown.
     */
    protected Observation joinByInvite(String actor, String handle, boolean revokedCode) {
        Group group = groups.get(handle);
        if (revokedCode || group == null || group.participants.isEmpty()) {
            return refused(Reason.INVITE_NOT_FOUND);
        }
        if (group.kind != Kind.ORDINARY) {
            String community = group.kind == Kind.COMMUNITY_PARENT ? handle : group.linkedParent;
            Group announcement = announcement(community);
            if (!announcement.participants.containsKey(actor)) {
                if (announcement.participants.size() >= settings.maxCommunityMembers()) {
                    return refused(Reason.COMMUNITY_MEMBER_LIMIT);
                }
                announcement.participants.put(actor, Rank.MEMBER);
                communities.get(community).directMembers.add(actor);
            }
            return done();
        }
        if (group.participants.containsKey(actor)) {
            return done();
        }
        if (group.participants.size() >= settings.maxGroupSize()) {
            return refused(Reason.GROUP_FULL);
        }
        Group announcement = group.linkedParent == null ? null : announcement(group.linkedParent);
        if (announcement != null && !announcement.participants.containsKey(actor)
                && announcement.participants.size() >= settings.maxCommunityMembers()) {
            return refused(Reason.COMMUNITY_MEMBER_LIMIT);
        }
        group.participants.put(actor, Rank.MEMBER);
        if (announcement != null) {
            announcement.participants.putIfAbsent(actor, Rank.MEMBER);
        }
        return done();
    }

    protected Observation addParticipants(String actor, String handle, List<String> people) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        Group announcement = group.linkedParent == null ? null : groups.get(Step.announcement(group.linkedParent));
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            boolean communityFull = announcement != null && !announcement.participants.containsKey(person)
                    && announcement.participants.size() >= settings.maxCommunityMembers();
            if (group.participants.containsKey(person) || !roster.onWhatsApp(person)
                    || group.participants.size() >= settings.maxGroupSize() || communityFull) {
                failed.add(person);
                continue;
            }
            group.participants.put(person, Rank.MEMBER);
            if (announcement != null) {
                announcement.participants.putIfAbsent(person, Rank.MEMBER); // R5: adds propagate to Y
            }
            processed.add(person);
        }
        return new Batch(processed, failed);
    }

    protected Observation removeParticipants(String actor, String handle, List<String> people) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            // R5: people removed from a linked group stay in Y.
            if (group.participants.get(person) == null || group.participants.get(person) == Rank.CREATOR) {
                failed.add(person);
            } else {
                group.participants.remove(person);
                processed.add(person);
            }
        }
        keepAdministrable(group);
        return new Batch(processed, failed);
    }

    /**
     * sc, not in rules.md (WhatsApp's behaviour, as the simulator does it): an ordinary group left
     * without any admin promotes its longest-standing participant.
     */
    private static void keepAdministrable(Group group) {
        if (group.kind == Kind.ORDINARY && !group.participants.isEmpty()
                && group.participants.values().stream().noneMatch(Rank::isAdmin)) {
            group.participants.put(group.participants.keySet().iterator().next(), Rank.ADMIN);
        }
    }

    /** sc: promote and demote are all-or-nothing with a plain success (whapi.md §4.2). */
    protected Observation promote(String actor, String handle, String person) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        if (!group.participants.containsKey(person)) {
            return refused(Reason.PARTICIPANT_NOT_FOUND);
        }
        group.participants.computeIfPresent(person, (p, rank) -> rank == Rank.MEMBER ? Rank.ADMIN : rank);
        return done();
    }

    protected Observation demote(String actor, String handle, String person) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        if (!group.participants.containsKey(person)) {
            return refused(Reason.PARTICIPANT_NOT_FOUND);
        }
        if (group.participants.get(person) == Rank.CREATOR) {
            return refused(Reason.NOT_GROUP_ADMIN); // R10: the creator cannot be demoted (sc: 403)
        }
        group.participants.put(person, Rank.MEMBER);
        return done();
    }

    /** R5: leaving a linked group keeps the person in Y. */
    protected Observation leave(String actor, String handle) {
        Group group = groups.get(handle);
        if (group == null || !group.participants.containsKey(actor)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        group.participants.remove(actor);
        keepAdministrable(group);
        return done();
    }

    protected Observation updateSubject(String actor, String handle, String subject) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (group.restrictInfo && !group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        if (!validSubject(subject)) {
            return refused(Reason.BAD_REQUEST);
        }
        group.subject = subject;
        return done();
    }

    protected Observation updateDescription(String actor, String handle, String description) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (group.restrictInfo && !group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        if (description.length() > MAX_DESCRIPTION) {
            return refused(Reason.BAD_REQUEST);
        }
        group.description = description;
        return done();
    }

    /**
     * R10: reading or revoking the invite code is for admins; the code itself is not compared, but a
     * revoke is counted so that a later join can use the code it replaced.
     */
    protected Observation inviteCode(String actor, String handle, boolean revoke) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        if (revoke) {
            revokes.merge(handle, 1, Integer::sum);
        }
        return done();
    }

    /** R10: settings are for admins; announcement mode of Y and P is fixed. */
    protected Observation changeSetting(String actor, String handle, Step.Setting setting, boolean adminsOnly) {
        Group group = groups.get(handle);
        if (!sees(actor, handle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_GROUP_ADMIN);
        }
        if (setting == Step.Setting.SEND_MESSAGES) {
            // "Toggling" is changing: asking Y or P for the mode it already has is a no-op success.
            if (group.kind != Kind.ORDINARY && group.announcementsOnly != adminsOnly) {
                return refused(Reason.ANNOUNCEMENT_FIXED);
            }
            group.announcementsOnly = adminsOnly;
        } else {
            group.restrictInfo = adminsOnly;
        }
        return done();
    }

    /** R7: Y and admin-only groups take texts from admins only; P from nobody. */
    protected Observation sendText(String actor, String chat) {
        Group group = groups.get(chat);
        if (!sees(actor, chat)) {
            return refused(Reason.CHAT_NOT_FOUND);
        }
        if (group.kind == Kind.COMMUNITY_PARENT) {
            return refused(Reason.SEND_FORBIDDEN);
        }
        if ((group.kind == Kind.COMMUNITY_ANNOUNCEMENT || group.announcementsOnly) && !group.isAdmin(actor)) {
            return refused(Reason.SEND_FORBIDDEN);
        }
        return done();
    }

    /**
     * R7: a message that goes out is recorded with the recipients it reached (the chat's other
     * participants at send time); Z-API answers a refused send with 200 and records it as failed.
     */
    private void record(String actor, String chat, Observation outcome) {
        if (outcome instanceof Observation.Done) {
            TreeSet<String> recipients = new TreeSet<>(groups.get(chat).participants.keySet());
            recipients.remove(actor);
            messages.add(new WorldView.MessageView(chat, actor, "sent", recipients));
        } else if (dialect == Dialect.ZAPI) {
            messages.add(new WorldView.MessageView(chat, actor, "failed", new TreeSet<>()));
        }
    }

    // ---- R1, R3, R4, R8: communities -----------------------------------------------------------

    protected Observation createCommunity(String actor, String handle, String name) {
        if (!validSubject(name)) {
            return refused(Reason.BAD_REQUEST);
        }
        Group parent = new Group(Kind.COMMUNITY_PARENT, name);
        parent.participants.put(actor, Rank.CREATOR);
        Group announcement = new Group(Kind.COMMUNITY_ANNOUNCEMENT, name);
        announcement.participants.put(actor, Rank.CREATOR);
        announcement.announcementsOnly = true;
        announcement.linkedParent = handle;
        groups.put(handle, parent);
        groups.put(Step.announcement(handle), announcement);
        communities.put(handle, new Community());
        return done();
    }

    /** R3, refusals in the order listed there (the simulator's documented precedence). */
    protected Observation link(String actor, String handle, String groupHandle) {
        Community community = visibleCommunity(actor, handle);
        if (community == null) {
            return refused(Reason.COMMUNITY_NOT_FOUND);
        }
        if (!parent(handle).isAdmin(actor)) {
            return refused(Reason.NOT_COMMUNITY_ADMIN);
        }
        Group group = groups.get(groupHandle);
        if (!sees(actor, groupHandle)) {
            return refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(actor)) {
            return refused(Reason.NOT_COMMUNITY_ADMIN); // "Not permission": a community endpoint
        }
        if (group.kind != Kind.ORDINARY) {
            return refused(Reason.NOT_ORDINARY);
        }
        if (handle.equals(group.linkedParent)) {
            return done(); // linking again to the same community is a no-op success
        }
        if (group.linkedParent != null) {
            return refused(Reason.LINKED_ELSEWHERE);
        }
        if (community.linked.size() >= settings.maxLinkedGroups()) {
            return refused(Reason.LINKED_GROUP_LIMIT);
        }
        Group announcement = announcement(handle);
        Set<String> union = new HashSet<>(announcement.participants.keySet());
        union.addAll(group.participants.keySet());
        if (union.size() > settings.maxCommunityMembers()) {
            return refused(Reason.COMMUNITY_MEMBER_LIMIT);
        }
        group.linkedParent = handle;
        community.linked.add(groupHandle);
        for (String person : group.participants.keySet()) {
            announcement.participants.putIfAbsent(person, Rank.MEMBER);
        }
        return done();
    }

    /** R4, with the unlink policy of the settings. */
    protected Observation unlink(String actor, String handle, String groupHandle) {
        Community community = visibleCommunity(actor, handle);
        if (community == null) {
            return refused(Reason.COMMUNITY_NOT_FOUND);
        }
        if (!parent(handle).isAdmin(actor)) {
            return refused(Reason.NOT_COMMUNITY_ADMIN);
        }
        Group group = groups.get(groupHandle);
        if (!community.linked.contains(groupHandle)) {
            // sc: a group the caller cannot see is "not found"; one it sees is "not linked".
            return refused(sees(actor, groupHandle) ? Reason.NOT_LINKED : Reason.GROUP_NOT_FOUND);
        }
        if (dialect == Dialect.ZAPI && community.linked.size() == 1) {
            return refused(Reason.LAST_LINKED_GROUP);
        }
        group.linkedParent = null;
        community.linked.remove(groupHandle);
        Group announcement = announcement(handle);
        Group parent = parent(handle);
        for (String person : group.participants.keySet()) {
            boolean leaves = switch (settings.unlinkPolicy()) {
                case ORPHANS -> isOrphan(handle, person);
                case ALL -> !parent.participants.containsKey(person);
                case NONE -> false;
            };
            if (leaves) {
                announcement.participants.remove(person);
            }
        }
        return done();
    }

    /** R4: a member of Y in no linked group, not a community admin, not a direct member. */
    private boolean isOrphan(String community, String person) {
        Community c = communities.get(community);
        if (parent(community).participants.containsKey(person) || c.directMembers.contains(person)) {
            return false;
        }
        return c.linked.stream().noneMatch(g -> groups.get(g).participants.containsKey(person));
    }

    /** R8: linked groups stay, as ordinary groups; P and Y go; the id answers "not found". */
    protected Observation deactivate(String actor, String handle) {
        Community community = visibleCommunity(actor, handle);
        if (community == null) {
            return refused(Reason.COMMUNITY_NOT_FOUND);
        }
        if (!parent(handle).isAdmin(actor)) {
            return refused(Reason.NOT_COMMUNITY_ADMIN);
        }
        for (String linked : community.linked) {
            groups.get(linked).linkedParent = null;
        }
        community.linked.clear();
        groups.remove(handle);
        groups.remove(Step.announcement(handle));
        community.active = false;
        return done();
    }

    // ---- R5: community members and admins --------------------------------------------------------

    protected Observation addToCommunity(String actor, String handle, List<String> people) {
        Observation refusal = communityAdminRefusal(actor, handle);
        if (refusal != null) {
            return refusal;
        }
        Group announcement = announcement(handle);
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            if (announcement.participants.containsKey(person) || !roster.onWhatsApp(person)
                    || announcement.participants.size() >= settings.maxCommunityMembers()) {
                failed.add(person);
                continue;
            }
            announcement.participants.put(person, Rank.MEMBER);
            communities.get(handle).directMembers.add(person);
            processed.add(person);
        }
        return new Batch(processed, failed);
    }

    /** Out of Y, of P (an admin stops being one) and of every linked group; the creator stays. */
    protected Observation removeFromCommunity(String actor, String handle, List<String> people) {
        Observation refusal = communityAdminRefusal(actor, handle);
        if (refusal != null) {
            return refusal;
        }
        Community community = communities.get(handle);
        Group announcement = announcement(handle);
        Group parent = parent(handle);
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            if (!announcement.participants.containsKey(person) || parent.participants.get(person) == Rank.CREATOR) {
                failed.add(person);
                continue;
            }
            announcement.participants.remove(person);
            parent.participants.remove(person);
            community.directMembers.remove(person);
            for (String linked : community.linked) {
                groups.get(linked).participants.remove(person);
                keepAdministrable(groups.get(linked));
            }
            processed.add(person);
        }
        return new Batch(processed, failed);
    }

    /** Community admins are P's participants and admins of Y; only members of Y can be promoted. */
    protected Observation promoteCommunityAdmins(String actor, String handle, List<String> people) {
        Observation refusal = communityAdminRefusal(actor, handle);
        if (refusal != null) {
            return refusal;
        }
        Group announcement = announcement(handle);
        Group parent = parent(handle);
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            if (!announcement.participants.containsKey(person)) {
                failed.add(person);
                continue;
            }
            parent.participants.putIfAbsent(person, Rank.ADMIN);
            announcement.participants.computeIfPresent(person, (p, r) -> r == Rank.MEMBER ? Rank.ADMIN : r);
            processed.add(person);
        }
        return new Batch(processed, failed);
    }

    /**
     * A demoted admin leaves P and stays a member of Y; the creator cannot be demoted. sc: demoting a
     * member of Y who is no admin is a no-op success (rules.md is silent; the simulator's choice).
     */
    protected Observation demoteCommunityAdmins(String actor, String handle, List<String> people) {
        Observation refusal = communityAdminRefusal(actor, handle);
        if (refusal != null) {
            return refusal;
        }
        Group announcement = announcement(handle);
        Group parent = parent(handle);
        List<String> processed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            if (!announcement.participants.containsKey(person) || parent.participants.get(person) == Rank.CREATOR) {
                failed.add(person);
                continue;
            }
            parent.participants.remove(person);
            announcement.participants.computeIfPresent(person, (p, r) -> Rank.MEMBER);
            processed.add(person);
        }
        return new Batch(processed, failed);
    }

    private Observation communityAdminRefusal(String actor, String handle) {
        if (visibleCommunity(actor, handle) == null) {
            return refused(Reason.COMMUNITY_NOT_FOUND);
        }
        return parent(handle).isAdmin(actor) ? null : refused(Reason.NOT_COMMUNITY_ADMIN);
    }

    // ---- R9: visibility, and lookups ---------------------------------------------------------------

    /**
     * R9: a channel sees the groups it participates in, and every member of Y sees P (it may read
     * the community). A group it sees but may not change answers "no permission", not "not found":
     * "not found" is for hiding a group's existence, and a member of Y knows P.
     */
    protected boolean sees(String person, String handle) {
        Group group = groups.get(handle);
        if (group == null) {
            return false;
        }
        return group.participants.containsKey(person)
                || group.kind == Kind.COMMUNITY_PARENT && announcement(handle).participants.containsKey(person);
    }

    protected Community visibleCommunity(String person, String handle) {
        Community community = communities.get(handle);
        if (community == null || !community.active || !sees(person, Step.announcement(handle))) {
            return null;
        }
        return community;
    }

    private Group parent(String community) {
        return groups.get(community);
    }

    private Group announcement(String community) {
        return groups.get(Step.announcement(community));
    }

    private static boolean validSubject(String subject) {
        return subject != null && !subject.isBlank() && subject.length() <= MAX_SUBJECT;
    }

    /** Creating steps need a fresh handle; the others need handles earlier steps created. */
    private boolean handlesKnown(Step step) {
        if (step instanceof Step.CreateGroup s) {
            return !groups.containsKey(s.group()) && !s.group().contains("/");
        }
        if (step instanceof Step.CreateCommunity s) {
            return !communities.containsKey(s.community()) && !groups.containsKey(s.community());
        }
        if (step instanceof Step.CreateGroupInCommunity s) {
            // Z-API has no such endpoint: skipped there, with every later step on the group it makes.
            return dialect == Dialect.WHAPI && communities.containsKey(s.community())
                    && !groups.containsKey(s.group()) && !s.group().contains("/");
        }
        if (step instanceof Step.JoinByInvite s && s.revokedCode() && revokedCodes(s.group()) == 0) {
            return false; // the revoke this code came from is not in the program (any more)
        }
        String community = communityOf(step);
        if (community != null && !communities.containsKey(community)) {
            return false;
        }
        String group = groupOf(step);
        return group == null || groups.containsKey(group) || communities.containsKey(group.replace("/Y", ""));
    }

    private static String communityOf(Step step) {
        if (step instanceof Step.Link s) {
            return s.community();
        } else if (step instanceof Step.Unlink s) {
            return s.community();
        } else if (step instanceof Step.AddToCommunity s) {
            return s.community();
        } else if (step instanceof Step.RemoveFromCommunity s) {
            return s.community();
        } else if (step instanceof Step.PromoteCommunityAdmins s) {
            return s.community();
        } else if (step instanceof Step.DemoteCommunityAdmins s) {
            return s.community();
        } else if (step instanceof Step.Deactivate s) {
            return s.community();
        }
        return null;
    }

    private static String groupOf(Step step) {
        if (step instanceof Step.Link s) {
            return s.group();
        } else if (step instanceof Step.Unlink s) {
            return s.group();
        } else if (step instanceof Step.AddParticipants s) {
            return s.group();
        } else if (step instanceof Step.RemoveParticipants s) {
            return s.group();
        } else if (step instanceof Step.Promote s) {
            return s.group();
        } else if (step instanceof Step.Demote s) {
            return s.group();
        } else if (step instanceof Step.SendText s) {
            return s.chat();
        } else if (step instanceof Step.Leave s) {
            return s.group();
        } else if (step instanceof Step.UpdateSubject s) {
            return s.group();
        } else if (step instanceof Step.ChangeSetting s) {
            return s.group();
        } else if (step instanceof Step.UpdateDescription s) {
            return s.group();
        } else if (step instanceof Step.InviteCode s) {
            return s.group();
        } else if (step instanceof Step.JoinByInvite s) {
            return s.group();
        }
        return null;
    }

    // ---- views for generation and checking ------------------------------------------------------

    @Override
    public WorldView view() {
        TreeMap<String, WorldView.GroupView> groupViews = new TreeMap<>();
        groups.forEach((handle, g) -> {
            if (!g.participants.isEmpty()) {
                groupViews.put(handle, new WorldView.GroupView(g.kind, g.subject, g.description, g.linkedParent,
                        new TreeMap<>(g.participants), g.announcementsOnly, g.restrictInfo));
            }
        });
        TreeMap<String, WorldView.CommunityView> communityViews = new TreeMap<>();
        communities.forEach((handle, c) -> {
            if (c.active) {
                communityViews.put(handle, new WorldView.CommunityView(new TreeSet<>(c.linked),
                        new TreeSet<>(parent(handle).participants.keySet())));
            }
        });
        TreeMap<String, WorldView.Listing> listings = new TreeMap<>();
        for (String actor : roster.actors()) {
            TreeMap<String, String> listed = new TreeMap<>();
            groups.forEach((handle, g) -> {
                if (g.participants.containsKey(actor)) {
                    listed.put(handle, switch (g.kind) {
                        case COMMUNITY_PARENT -> "P";
                        case COMMUNITY_ANNOUNCEMENT -> "Y>" + g.linkedParent;
                        case ORDINARY -> g.linkedParent == null ? "G" : "G>" + g.linkedParent;
                    });
                }
            });
            TreeSet<String> listedCommunities = new TreeSet<>();
            communities.keySet().forEach(c -> {
                if (visibleCommunity(actor, c) != null) {
                    listedCommunities.add(c); // R9: every member of Y reads the community
                }
            });
            listings.put(actor, new WorldView.Listing(listed, listedCommunities));
        }
        return new WorldView(groupViews, communityViews, listings, List.copyOf(messages));
    }

    @Override
    public List<String> invariantViolations(Object observedView) {
        return Invariants.check((WorldView) observedView, settings);
    }

    @Override
    public String describeDifference(Object expectedView, Object observedView) {
        WorldView expected = (WorldView) expectedView;
        WorldView observed = (WorldView) observedView;
        List<String> lines = new ArrayList<>();
        Set<String> handles = new TreeSet<>(expected.groups().keySet());
        handles.addAll(observed.groups().keySet());
        for (String handle : handles) {
            WorldView.GroupView e = expected.groups().get(handle);
            WorldView.GroupView o = observed.groups().get(handle);
            if (e == null || o == null) {
                lines.add(handle + (e == null ? " exists but the model has no such group" : " is missing"));
            } else if (!e.equals(o)) {
                if (!e.participants().equals(o.participants())) {
                    lines.add(handle + " participants: expected " + e.participants() + ", observed " + o.participants());
                }
                if (!java.util.Objects.equals(e.linkedParent(), o.linkedParent())) {
                    lines.add(handle + " linkedParent: expected " + e.linkedParent() + ", observed " + o.linkedParent());
                }
                if (e.announcementsOnly() != o.announcementsOnly() || e.restrictInfo() != o.restrictInfo()
                        || e.kind() != o.kind() || !e.subject().equals(o.subject())
                        || !java.util.Objects.equals(e.description(), o.description())) {
                    lines.add(handle + ": expected " + e + ", observed " + o);
                }
            }
        }
        expected.listings().forEach((actor, listing) -> {
            WorldView.Listing seen = observed.listings().get(actor);
            if (!listing.equals(seen)) {
                lines.add(actor + "'s listing: expected " + listing + ", observed " + seen);
            }
        });
        if (!expected.messages().equals(observed.messages())) {
            lines.add("messages: expected " + expected.messages() + ", observed " + observed.messages());
        }
        if (!expected.communities().equals(observed.communities())) {
            lines.add("communities: expected " + expected.communities() + ", observed " + observed.communities());
        }
        return String.join("; ", lines);
    }

    /** Handles of the existing groups of a kind (generation). */
    public List<String> groupHandles(Kind kind) {
        List<String> handles = new ArrayList<>();
        groups.forEach((h, g) -> {
            if (g.kind == kind) {
                handles.add(h);
            }
        });
        return handles;
    }

    /** Every community handle ever created, active or not (generation). */
    public List<String> communityHandles() {
        return new ArrayList<>(communities.keySet());
    }

    public boolean isActive(String community) {
        Community c = communities.get(community);
        return c != null && c.active;
    }

    /** Participants of a group with their ranks, empty when it does not exist (generation). */
    public Map<String, Rank> participants(String handle) {
        Group group = groups.get(handle);
        return group == null ? Map.of() : Collections.unmodifiableMap(group.participants);
    }

    public String linkedParent(String handle) {
        Group group = groups.get(handle);
        return group == null ? null : group.linkedParent;
    }

    public boolean restrictInfo(String handle) {
        Group group = groups.get(handle);
        return group != null && group.restrictInfo;
    }

    /** How many times a group's invite code was revoked, the group gone or not (generation). */
    public int revokedCodes(String handle) {
        return revokes.getOrDefault(handle, 0);
    }

    public int groupCount() {
        return (int) groups.keySet().stream().filter(h -> h.startsWith("g")).count();
    }
}
