package dev.commsim.contract.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.record.RecordedChannel;
import dev.commsim.simulator.record.RecordedExchange;
import dev.commsim.simulator.record.Recording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The world a recording starts from, rebuilt from the recorder's reads made before the first request
 * that changes anything (Whapi {@code /groups}, {@code /communities}, {@code /subgroups}; Z-API
 * {@code /group-metadata}, {@code /communities-metadata}, {@code /communities}) and written as a
 * simulator snapshot ({@code PUT /_sim/state}) with the recorded ids, so most ids bind to themselves.
 * What the channels could not see is approximated and said in {@link #notes()}: a linked group no
 * recorded channel is in is loaded with no participants; Z-API never shows a community's parent group,
 * so it is rebuilt from the announcement group's admins.
 */
final class StartingWorld {
    private static final Pattern LOADABLE_ID = Pattern.compile("^120363\\d{12}$");
    private static final Pattern PHONE = Pattern.compile("^\\d{7,15}$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, GroupFacts> groups = new LinkedHashMap<>();
    private final Map<String, CommunityFacts> communities = new LinkedHashMap<>();
    private final Map<String, List<Set<String>>> membershipsByChannel = new HashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ReplayChannel> channels = new ArrayList<>();
    private ObjectNode snapshot;
    private int reads;

    private static final class GroupFacts {
        String id;
        String kind = "ORDINARY";
        String subject;
        String description;
        String creator;
        Long createdAt;
        String linkedParent;
        String inviteCode;
        Map<String, String> participants = new LinkedHashMap<>();
        boolean participantsKnown;
        boolean announcementsOnly;
        boolean restrictInfo;
        boolean adminsAdd;
        boolean approveParticipants;
    }

    private static final class CommunityFacts {
        String id;
        String announcement;
        String name;
        String description;
        final Set<String> linked = new LinkedHashSet<>();
    }

    static StartingWorld of(Recording recording) {
        StartingWorld world = new StartingWorld();
        for (RecordedExchange exchange : recording.exchanges()) {
            if (!exchange.isRead()) {
                break;
            }
            if (exchange.by().equals(RecordedExchange.BY_RECORDER) && exchange.status() / 100 == 2
                    && exchange.response().json() != null) {
                world.reads++;
                if (exchange.dialect().equals("zapi")) {
                    world.zapi(exchange);
                } else {
                    world.whapi(exchange);
                }
            }
        }
        world.build(recording);
        return world;
    }

    /** The snapshot for {@code PUT /_sim/state}: channels, groups, communities; no settings (the target keeps its own). */
    ObjectNode snapshot() {
        return snapshot;
    }

    List<ReplayChannel> channels() {
        return List.copyOf(channels);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    int groupCount() {
        return snapshot.path("groups").size();
    }

    int communityCount() {
        return snapshot.path("communities").size();
    }

    /** Ids loaded as recorded: bound to themselves before the first exchange. */
    void bindItself(IdBinding binding) {
        for (JsonNode group : snapshot.path("groups")) {
            binding.bind("group", group.get("id").asText(), group.get("id").asText(), 0);
            if (group.hasNonNull("inviteCode")) {
                binding.bind("invite", group.get("inviteCode").asText(), group.get("inviteCode").asText(), 0);
            }
            for (JsonNode participant : group.path("participants")) {
                binding.bind("phone", participant.get("phone").asText(), participant.get("phone").asText(), 0);
            }
        }
        for (ReplayChannel channel : channels) {
            if (channel.phone() != null) {
                binding.bind("phone", channel.phone(), channel.phone(), 0);
            }
        }
    }

    // ---- Whapi reads

    private void whapi(RecordedExchange read) {
        JsonNode body = read.response().json();
        String path = read.path();
        if (path.equals("/groups")) {
            for (JsonNode group : body.path("groups")) {
                GroupFacts facts = whapiGroup(group);
                if (facts != null) {
                    membership(read.channel(), facts);
                }
            }
        } else if (path.equals("/communities")) {
            for (JsonNode parent : body.path("communities")) {
                GroupFacts facts = whapiGroup(parent);
                if (facts != null) {
                    facts.kind = "COMMUNITY_PARENT";
                    community(facts.id);
                }
            }
        } else if (path.startsWith("/communities/") && path.endsWith("/subgroups")) {
            String id = digits(path.substring("/communities/".length(), path.length() - "/subgroups".length()));
            if (id == null) {
                return;
            }
            CommunityFacts community = community(id);
            JsonNode announcement = body.path("announceGroupInfo");
            String announcementId = digits(announcement.path("id").asText(null));
            if (announcementId != null) {
                community.announcement = announcementId;
                placeholder(announcementId, announcement.path("title").asText(null),
                        announcement.path("inviteCode").asText(null));
            }
            for (JsonNode other : body.path("otherGroups")) {
                String linked = digits(other.path("id").asText(null));
                if (linked != null) {
                    community.linked.add(linked);
                    placeholder(linked, other.path("title").asText(null), other.path("inviteCode").asText(null))
                            .linkedParent = id;
                }
            }
        }
    }

    private GroupFacts whapiGroup(JsonNode node) {
        String id = digits(node.path("id").asText(null));
        if (id == null) {
            return null;
        }
        GroupFacts facts = facts(id);
        facts.subject = node.path("name").asText(facts.subject);
        facts.description = node.hasNonNull("description") ? node.get("description").asText() : facts.description;
        if (node.hasNonNull("created_at")) {
            facts.createdAt = node.get("created_at").asLong() * 1000;
        }
        facts.creator = bare(node.path("created_by").asText(null), facts.creator);
        facts.announcementsOnly = node.path("announcements").asBoolean(false);
        facts.restrictInfo = node.path("restricted").asBoolean(false);
        facts.adminsAdd = node.path("adminAddMemberMode").asBoolean(false);
        facts.inviteCode = node.hasNonNull("invite_code") ? node.get("invite_code").asText() : facts.inviteCode;
        String parent = digits(node.path("linkedParent").asText(null));
        if (node.path("is_parent").asBoolean(false)) {
            facts.kind = "COMMUNITY_PARENT";
            community(id);
        } else if (node.path("is_default_subgroup").asBoolean(false) || node.path("isCommunityAnnounce").asBoolean(false)) {
            facts.kind = "COMMUNITY_ANNOUNCEMENT";
            if (parent != null) {
                community(parent).announcement = id;
            }
        } else if (parent != null) {
            community(parent).linked.add(id);
        }
        facts.linkedParent = parent;
        if (node.path("participants").isArray()) {
            Map<String, String> participants = new LinkedHashMap<>();
            for (JsonNode participant : node.get("participants")) {
                String phone = bare(participant.path("id").asText(null), null);
                if (phone != null) {
                    participants.put(phone, participant.path("rank").asText("member"));
                }
            }
            facts.participants = participants;
            facts.participantsKnown = true;
        }
        return facts;
    }

    // ---- Z-API reads

    private void zapi(RecordedExchange read) {
        JsonNode body = read.response().json();
        String path = read.path();
        if (path.startsWith("/group-metadata/")) {
            GroupFacts facts = zapiGroup(body);
            if (facts != null) {
                membership(read.channel(), facts);
            }
        } else if (path.startsWith("/communities-metadata/")) {
            String id = digits(body.path("id").asText(null));
            if (id == null) {
                return;
            }
            CommunityFacts community = community(id);
            community.name = body.path("name").asText(community.name);
            community.description = body.hasNonNull("description") ? body.get("description").asText()
                    : community.description;
            for (JsonNode sub : body.path("subGroups")) {
                String group = digits(sub.path("phone").asText(null));
                if (group == null) {
                    continue;
                }
                GroupFacts facts = placeholder(group, sub.path("name").asText(null), null);
                if (sub.path("isGroupAnnouncement").asBoolean(false)) {
                    community.announcement = group;
                    facts.kind = "COMMUNITY_ANNOUNCEMENT";
                } else {
                    community.linked.add(group);
                    facts.linkedParent = id;
                }
            }
        } else if (path.equals("/communities")) {
            for (JsonNode item : body) {
                String id = digits(item.path("id").asText(null));
                if (id != null) {
                    community(id).name = item.path("name").asText(null);
                }
            }
        }
    }

    private GroupFacts zapiGroup(JsonNode node) {
        String id = digits(node.path("phone").asText(null));
        if (id == null) {
            return null;
        }
        GroupFacts facts = facts(id);
        facts.subject = node.path("subject").asText(facts.subject);
        facts.description = node.hasNonNull("description") ? node.get("description").asText() : facts.description;
        facts.creator = bare(node.path("owner").asText(null), facts.creator);
        if (node.hasNonNull("creation")) {
            facts.createdAt = node.get("creation").asLong();
        }
        String link = node.path("invitationLink").asText(null);
        if (link != null && link.contains("/")) {
            facts.inviteCode = link.substring(link.lastIndexOf('/') + 1);
        }
        facts.announcementsOnly = node.path("adminOnlyMessage").asBoolean(false);
        facts.restrictInfo = node.path("adminOnlySettings").asBoolean(false);
        facts.adminsAdd = node.path("adminOnlyAddMember").asBoolean(false);
        facts.approveParticipants = node.path("requireAdminApproval").asBoolean(false);
        String community = digits(node.path("communityId").asText(null));
        if (node.path("isGroupAnnouncement").asBoolean(false)) {
            facts.kind = "COMMUNITY_ANNOUNCEMENT";
            if (community != null) {
                community(community).announcement = id;
            }
        } else if (community != null) {
            facts.linkedParent = community;
            community(community).linked.add(id);
        }
        Map<String, String> participants = new LinkedHashMap<>();
        for (JsonNode participant : node.path("participants")) {
            String phone = bare(participant.path("phone").asText(null), null);
            if (phone != null) {
                participants.put(phone, participant.path("isSuperAdmin").asBoolean(false) ? "creator"
                        : participant.path("isAdmin").asBoolean(false) ? "admin" : "member");
            }
        }
        facts.participants = participants;
        facts.participantsKnown = true;
        return facts;
    }

    // ---- building the snapshot

    private void build(Recording recording) {
        for (CommunityFacts community : communities.values()) {
            completeCommunity(community);
        }
        snapshot = NODES.objectNode();
        ArrayNode channelNodes = snapshot.putArray("channels");
        for (RecordedChannel recorded : recording.channels()) {
            String phone = recorded.phone() != null ? recorded.phone() : inferredPhone(recorded.label());
            ReplayChannel channel = new ReplayChannel(recorded.label(), recorded.dialect(), phone);
            channels.add(channel);
            if (phone == null || !PHONE.matcher(phone).matches() || !channel.identified()) {
                if (channel.identified()) {
                    notes.add(recorded.label() + ": its number is unknown (the provider did not tell it), so the "
                            + "simulator gives the channel one of its own");
                }
                continue;
            }
            ObjectNode node = channelNodes.addObject().put("dialect", channel.dialect()).put("token", channel.token())
                    .put("phone", phone);
            if (channel.dialect().equals("zapi")) {
                node.put("instanceId", channel.instanceId());
            }
        }
        Set<String> loadable = new HashSet<>();
        for (GroupFacts group : groups.values()) {
            if (!skipped.contains(group.id) && loadable(group)) {
                loadable.add(group.id);
            }
        }
        Set<String> twins = new HashSet<>();
        List<CommunityFacts> written = new ArrayList<>();
        for (CommunityFacts community : communities.values()) {
            if (!skipped.contains(community.id) && loadable.contains(community.id)
                    && loadable.contains(community.announcement)) {
                written.add(community);
                twins.add(community.id);
                twins.add(community.announcement);
            }
        }
        Set<String> linkable = new HashSet<>();
        written.forEach(community -> linkable.add(community.id));
        ArrayNode groupNodes = snapshot.putArray("groups");
        Set<String> writtenGroups = new HashSet<>();
        for (GroupFacts group : groups.values()) {
            if (!loadable.contains(group.id) || (!group.kind.equals("ORDINARY") && !twins.contains(group.id))) {
                continue;
            }
            if (group.linkedParent != null && group.kind.equals("ORDINARY") && !linkable.contains(group.linkedParent)) {
                notes.add("group " + group.id + ": its community " + group.linkedParent + " is not loaded, so it is "
                        + "loaded unlinked");
                group.linkedParent = null;
            }
            writtenGroups.add(group.id);
            groupNodes.add(groupNode(group));
        }
        ArrayNode communityNodes = snapshot.putArray("communities");
        for (CommunityFacts community : written) {
            ObjectNode node = communityNodes.addObject().put("id", community.id)
                    .put("announcementGroupId", community.announcement);
            ArrayNode linked = node.putArray("linkedGroups");
            community.linked.stream().filter(writtenGroups::contains).forEach(linked::add);
            ArrayNode direct = node.putArray("directMembers");
            directMembers(community).forEach(direct::add);
        }
        if (reads == 0) {
            notes.add("no starting-world reads before the first change: the replay starts from an empty world");
        }
    }

    private static ObjectNode groupNode(GroupFacts group) {
        ObjectNode node = NODES.objectNode().put("id", group.id).put("kind", group.kind)
                .put("subject", group.subject == null ? group.id : group.subject);
        if (group.description != null && !group.description.isEmpty()) {
            node.put("description", group.description);
        }
        node.put("creator", group.creator);
        if (group.createdAt != null) {
            node.put("createdAt", group.createdAt);
        }
        if (group.linkedParent != null) {
            node.put("linkedParent", group.linkedParent);
        }
        if (group.inviteCode != null && group.inviteCode.matches("[A-Za-z0-9]{14,22}")) {
            node.put("inviteCode", group.inviteCode);
        }
        node.put("announcementsOnly", group.announcementsOnly).put("restrictInfo", group.restrictInfo)
                .put("adminsAdd", group.adminsAdd).put("approveParticipants", group.approveParticipants);
        ArrayNode participants = node.putArray("participants");
        group.participants.forEach((phone, rank) -> participants.addObject().put("phone", phone).put("rank", rank));
        return node;
    }

    /** P (Z-API never shows it) and Y made consistent; linked groups nobody recorded could see get placeholders. */
    private void completeCommunity(CommunityFacts community) {
        GroupFacts announcement = community.announcement == null ? null : groups.get(community.announcement);
        if (announcement == null || !announcement.participantsKnown) {
            notes.add("community " + community.id + ": its announcement group was not read, so it is not loaded");
            skipped.add(community.id);
            if (community.announcement != null) {
                skipped.add(community.announcement);
            }
            return;
        }
        announcement.kind = "COMMUNITY_ANNOUNCEMENT";
        announcement.linkedParent = community.id;
        GroupFacts parent = groups.get(community.id);
        if (parent == null || !parent.participantsKnown) {
            parent = facts(community.id);
            parent.kind = "COMMUNITY_PARENT";
            parent.subject = announcement.subject;
            parent.description = community.description != null ? community.description : announcement.description;
            parent.createdAt = announcement.createdAt;
            parent.restrictInfo = true;
            parent.adminsAdd = true;
            Map<String, String> admins = new LinkedHashMap<>();
            announcement.participants.forEach((phone, rank) -> {
                if (rank.equals("creator")) {
                    admins.put(phone, rank);
                }
            });
            announcement.participants.forEach((phone, rank) -> {
                if (rank.equals("admin")) {
                    admins.put(phone, rank);
                }
            });
            parent.participants = admins;
            parent.participantsKnown = true;
            parent.creator = announcement.creator != null ? announcement.creator
                    : admins.keySet().stream().findFirst().orElse(null);
        }
        parent.kind = "COMMUNITY_PARENT";
        parent.linkedParent = null;
        announcement.subject = parent.subject != null ? parent.subject : announcement.subject;
        if (announcement.description == null) {
            announcement.description = parent.description;
        }
        for (String linked : community.linked) {
            GroupFacts group = groups.get(linked);
            group.linkedParent = community.id;
            if (!group.participantsKnown) {
                group.creator = group.creator != null ? group.creator : parent.creator;
                group.participantsKnown = true;
                notes.add("group " + linked + " (linked to community " + community.id + "): no recorded channel is in "
                        + "it, so it is loaded without participants");
            }
        }
    }

    /** Members of the announcement group in no linked group the recording saw into. */
    private List<String> directMembers(CommunityFacts community) {
        Set<String> inLinked = new HashSet<>();
        community.linked.forEach(id -> inLinked.addAll(groups.get(id).participants.keySet()));
        return groups.get(community.announcement).participants.keySet().stream()
                .filter(phone -> !inLinked.contains(phone)).toList();
    }

    private boolean loadable(GroupFacts group) {
        if (!LOADABLE_ID.matcher(group.id).matches()) {
            notes.add("group " + group.id + ": the simulator's ids are 18 digits starting 120363 (no legacy "
                    + "<phone>-<time> ids), so it is not loaded");
            return false;
        }
        if (!group.participantsKnown || group.creator == null || !PHONE.matcher(group.creator).matches()) {
            if (group.creator == null && group.participantsKnown) {
                group.creator = group.participants.entrySet().stream().filter(e -> e.getValue().equals("creator"))
                        .map(Map.Entry::getKey).findFirst()
                        .orElse(group.participants.keySet().stream().findFirst().orElse(null));
            }
            if (group.creator == null) {
                notes.add("group " + group.id + ": neither its participants nor its creator were read, so it is not "
                        + "loaded");
                return false;
            }
        }
        return true;
    }

    /** The one number in every group a channel listed, when there is exactly one. */
    private String inferredPhone(String label) {
        List<Set<String>> memberships = membershipsByChannel.getOrDefault(label, List.of());
        if (memberships.isEmpty()) {
            return null;
        }
        Set<String> common = new LinkedHashSet<>(memberships.get(0));
        memberships.forEach(common::retainAll);
        return common.size() == 1 ? common.iterator().next() : null;
    }

    private void membership(String label, GroupFacts facts) {
        if (facts.participantsKnown && !facts.participants.isEmpty()) {
            membershipsByChannel.computeIfAbsent(label, l -> new ArrayList<>())
                    .add(new HashSet<>(facts.participants.keySet()));
        }
    }

    private GroupFacts facts(String id) {
        return groups.computeIfAbsent(id, key -> {
            GroupFacts facts = new GroupFacts();
            facts.id = key;
            return facts;
        });
    }

    private GroupFacts placeholder(String id, String title, String inviteCode) {
        GroupFacts facts = facts(id);
        if (facts.subject == null) {
            facts.subject = title;
        }
        if (facts.inviteCode == null) {
            facts.inviteCode = inviteCode;
        }
        return facts;
    }

    private CommunityFacts community(String id) {
        return communities.computeIfAbsent(id, key -> {
            CommunityFacts community = new CommunityFacts();
            community.id = key;
            return community;
        });
    }

    /** A group's digits from {@code …@g.us}, {@code …-group} or bare digits; null when it is none of them. */
    static String digits(String id) {
        if (id == null) {
            return null;
        }
        String value = id.endsWith("@g.us") ? id.substring(0, id.length() - 5)
                : id.endsWith("-group") ? id.substring(0, id.length() - 6) : id;
        return value.matches("[0-9-]{10,31}") ? value : null;
    }

    private static String bare(String phone, String otherwise) {
        if (phone == null || phone.isEmpty()) {
            return otherwise;
        }
        int at = phone.indexOf('@');
        String digits = at < 0 ? phone : phone.substring(0, at);
        return PHONE.matcher(digits).matches() ? digits : otherwise;
    }
}
