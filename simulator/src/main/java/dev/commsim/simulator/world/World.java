package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one world behind both dialects: every command goes through here, under one lock, and answers
 * with an {@link Outcome}. A refused command changes nothing (I6). No HTTP, no JSON.
 * {@code caller} is always the phone of the channel's account.
 */
public final class World {
    private final long seed;
    private final WorldState state;
    private final Channels channels = new Channels();
    private final CommunityRules communities;
    private final CommunityMemberRules members;
    private final GroupRules groups;
    private final MessageRules messages;
    private final List<Consumer<List<WorldEvent>>> listeners = new CopyOnWriteArrayList<>();

    public World(WorldSettings settings, long seed, SimClock clock) {
        this.seed = seed;
        this.state = new WorldState(settings, seed, clock);
        NewGroups newGroups = new NewGroups(state);
        this.communities = new CommunityRules(state, newGroups);
        this.members = new CommunityMemberRules(state);
        this.groups = new GroupRules(state, newGroups, members);
        this.messages = new MessageRules(state);
    }

    public SimClock clock() {
        return state.clock;
    }

    /**
     * Hears the events of every command that changed something, on the caller's thread and under the
     * world's lock: listeners must only record or enqueue.
     */
    public void addListener(Consumer<List<WorldEvent>> listener) {
        listeners.add(listener);
    }

    private <T> T command(Supplier<T> operation) {
        T result = operation.get();
        List<WorldEvent> events = state.events.drain();
        if (!events.isEmpty()) {
            for (Consumer<List<WorldEvent>> listener : listeners) {
                listener.accept(events);
            }
        }
        return result;
    }

    // --- settings, channels, reset -------------------------------------------------------------

    public synchronized WorldSettings settings() {
        return state.settings;
    }

    public synchronized void updateSettings(WorldSettings settings) {
        state.settings = settings;
    }

    /** Forgets every group, community, message and channel; the id source starts again from the seed. */
    public synchronized void reset() {
        state.clear(seed);
        channels.clear();
    }

    /**
     * Replaces the whole world with a snapshot (or a scenario), after checking it against the rules and
     * invariants I1-I5; a refused snapshot changes nothing.
     */
    public synchronized Outcome<Done> load(WorldSnapshot snapshot) {
        return new SnapshotLoader(state, seed).check(snapshot).map(loaded -> {
            state.replace(loaded);
            channels.clear();
            loaded.channels().forEach(c -> channels.declare(c.dialect(), c.credential(), c.phone(), c.clientToken()));
            return Done.DONE;
        });
    }

    public synchronized Outcome<Channel> channel(Dialect dialect, String credential) {
        return channels.resolve(dialect, credential, state.settings.strictAuth());
    }

    public synchronized Channel declareChannel(Dialect dialect, String credential, String phone, String clientToken) {
        return channels.declare(dialect, credential, phone, clientToken);
    }

    public synchronized List<Channel> channels() {
        return channels.all();
    }

    // --- communities -----------------------------------------------------------------------------

    public synchronized Outcome<CommunityView> createCommunity(String caller, String name, String description) {
        return command(() -> communities.create(caller, name, description));
    }

    public synchronized List<CommunityView> communities(String caller) {
        return communities.list(caller);
    }

    public synchronized Outcome<CommunityView> community(String caller, String communityId) {
        return command(() -> communities.get(caller, communityId));
    }

    public synchronized Outcome<Done> deactivate(String caller, String communityId) {
        return command(() -> communities.deactivate(caller, communityId));
    }

    public synchronized Outcome<Done> link(String caller, String communityId, String groupId) {
        return command(() -> communities.link(caller, communityId, groupId));
    }

    public synchronized Outcome<Done> unlink(String caller, String communityId, String groupId, UnlinkGuard guard) {
        return command(() -> communities.unlink(caller, communityId, groupId, guard));
    }

    /**
     * R3's batch link: each group judged in turn, the others linked when one is refused, and no other
     * request in between; the result names the reason of every refused group.
     */
    public synchronized BatchResult linkAll(String caller, String communityId, List<String> groupIds) {
        return eachInTurn(groupIds, groupId -> communities.link(caller, communityId, groupId));
    }

    /** R4's batch unlink, judged as {@link #linkAll} judges links. */
    public synchronized BatchResult unlinkAll(String caller, String communityId, List<String> groupIds,
                                              UnlinkGuard guard) {
        return eachInTurn(groupIds, groupId -> communities.unlink(caller, communityId, groupId, guard));
    }

    /** Each item as a command of its own (its events heard before the next runs), under the one lock. */
    private BatchResult eachInTurn(List<String> items, Function<String, Outcome<Done>> act) {
        BatchResult.Builder result = new BatchResult.Builder();
        for (String item : items) {
            if (command(() -> act.apply(item)) instanceof Outcome.Refused<Done> refused) {
                result.fail(item, refused.reason());
            } else {
                result.ok(item);
            }
        }
        return result.build();
    }

    public synchronized Outcome<CreatedGroup> createLinkedGroup(String caller, String communityId, String subject,
                                                                List<String> participants) {
        return command(() -> communities.createLinkedGroup(caller, communityId, subject, participants));
    }

    public synchronized Outcome<BatchResult> addCommunityMembers(String caller, String communityId, List<String> phones) {
        return command(() -> members.add(caller, communityId, phones));
    }

    public synchronized Outcome<BatchResult> removeCommunityMembers(String caller, String communityId,
                                                                    List<String> phones) {
        return command(() -> members.remove(caller, communityId, phones));
    }

    public synchronized Outcome<BatchResult> promoteCommunityAdmins(String caller, String communityId,
                                                                    List<String> phones) {
        return command(() -> members.promote(caller, communityId, phones));
    }

    public synchronized Outcome<BatchResult> demoteCommunityAdmins(String caller, String communityId,
                                                                   List<String> phones) {
        return command(() -> members.demote(caller, communityId, phones));
    }

    public synchronized Outcome<Done> communitySetting(String caller, String communityId, CommunitySetting setting,
                                                       boolean adminsOnly) {
        return command(() -> communities.setting(caller, communityId, setting, adminsOnly));
    }

    public synchronized Outcome<Done> describeCommunity(String caller, String communityId, String description) {
        return command(() -> communities.describe(caller, communityId, description));
    }

    public synchronized Outcome<String> revokeCommunityInvite(String caller, String communityId) {
        return command(() -> communities.revokeInvite(caller, communityId));
    }

    public synchronized Outcome<Done> joinLinkedGroup(String caller, String communityId, String groupId) {
        return command(() -> communities.joinLinkedGroup(caller, communityId, groupId));
    }

    // --- groups ----------------------------------------------------------------------------------

    public synchronized Outcome<CreatedGroup> createGroup(String caller, String subject, List<String> participants) {
        return command(() -> groups.create(caller, subject, participants));
    }

    /** The caller's groups, newest activity first; {@code reach} says whether community parents are among them. */
    public synchronized List<GroupView> groups(String caller, ParentReach reach) {
        return groups.list(caller, reach);
    }

    public synchronized Outcome<GroupView> group(String caller, String groupId, ParentReach reach) {
        return command(() -> groups.get(caller, groupId, reach));
    }

    public synchronized Outcome<Done> updateGroupInfo(String caller, String groupId, String subject, String description,
                                                      ParentReach reach) {
        return command(() -> groups.updateInfo(caller, groupId, subject, description, reach));
    }

    /** Changes the given settings (true: admins only), all of them or, refused, none. */
    public synchronized Outcome<Done> groupSettings(String caller, String groupId, Map<GroupSetting, Boolean> changes,
                                                    ParentReach reach) {
        return command(() -> groups.settings(caller, groupId, changes, reach));
    }

    public synchronized Outcome<Done> leaveGroup(String caller, String groupId, ParentReach reach) {
        return command(() -> groups.leave(caller, groupId, reach));
    }

    public synchronized Outcome<String> inviteCode(String caller, String groupId, ParentReach reach) {
        return command(() -> groups.inviteCode(caller, groupId, reach));
    }

    public synchronized Outcome<String> revokeInviteCode(String caller, String groupId, ParentReach reach) {
        return command(() -> groups.revokeInvite(caller, groupId, reach));
    }

    public synchronized Outcome<GroupView> joinByInvite(String caller, String code) {
        return command(() -> groups.joinByInvite(caller, code));
    }

    public synchronized Outcome<BatchResult> addParticipants(String caller, String groupId, List<String> phones,
                                                             ParentReach reach) {
        return command(() -> groups.add(caller, groupId, phones, reach));
    }

    public synchronized Outcome<BatchResult> removeParticipants(String caller, String groupId, List<String> phones,
                                                                ParentReach reach) {
        return command(() -> groups.remove(caller, groupId, phones, reach));
    }

    public synchronized Outcome<BatchResult> promote(String caller, String groupId, List<String> phones,
                                                     BatchMode mode, ParentReach reach) {
        return command(() -> groups.promote(caller, groupId, phones, mode, reach));
    }

    public synchronized Outcome<BatchResult> demote(String caller, String groupId, List<String> phones,
                                                    BatchMode mode, ParentReach reach) {
        return command(() -> groups.demote(caller, groupId, phones, mode, reach));
    }

    // --- messages --------------------------------------------------------------------------------

    public synchronized Outcome<Message> send(String caller, SendTarget target, String text, SendMode mode,
                                              MessageIdStyle style) {
        return command(() -> messages.send(caller, target, text, mode, style));
    }

    /** The people a phone has messaged, with the time of the last message to each. */
    public synchronized Map<String, Long> contactChats(String caller) {
        return Map.copyOf(state.contactChats.getOrDefault(caller, Map.of()));
    }

    /** A recorded message by id, newest first (the usual caller asks for one just sent). */
    public synchronized java.util.Optional<Message> message(String id) {
        for (int i = state.messages.size() - 1; i >= 0; i--) {
            if (state.messages.get(i).id().equals(id)) {
                return java.util.Optional.of(state.messages.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether a phone is in a group right now; the webhook hub asks while it hears a command's events. */
    public synchronized boolean isParticipant(String groupId, String phone) {
        Group group = state.groups.get(groupId);
        return group != null && group.has(phone);
    }

    public synchronized List<Message> messages() {
        return state.messages.toList();
    }

    // --- inspection ------------------------------------------------------------------------------

    public synchronized WorldSnapshot snapshot() {
        List<WorldSnapshot.GroupSnapshot> groupSnapshots = new ArrayList<>(state.groups.size());
        List<WorldSnapshot.CommunitySnapshot> communitySnapshots = new ArrayList<>();
        for (Group group : state.groups.values()) {
            groupSnapshots.add(WorldSnapshot.GroupSnapshot.of(group));
            Community community = group.kind == GroupKind.COMMUNITY_PARENT ? state.communities.get(group.id) : null;
            if (community != null) {
                communitySnapshots.add(new WorldSnapshot.CommunitySnapshot(community.id(), null, null,
                        community.announcement.id, List.copyOf(community.parent.participants.phones()),
                        List.copyOf(community.linkedGroupIds), List.copyOf(community.directMembers),
                        community.whoCanAddGroups, community.memberAddMode));
            }
        }
        return new WorldSnapshot(state.settings, channels.all(), groupSnapshots, communitySnapshots,
                state.messages.toList());
    }
}
