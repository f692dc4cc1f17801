package dev.commsim.contract.actions;

import dev.commsim.contract.engine.Model;
import dev.commsim.contract.engine.Spec;
import dev.commsim.contract.model.CommunityModel;
import dev.commsim.contract.model.Kind;
import dev.commsim.contract.model.Rank;
import dev.commsim.contract.model.Roster;
import dev.commsim.contract.model.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The contract's domain for the engine: generation steered by the model (most steps meaningful, a
 * deliberate share aimed at refusals), per-step simplification, labels for counts.
 */
public final class CommunitySpec implements Spec<Step, Settings> {

    /** Share of steps whose actor or arguments are picked without regard to the rules. */
    static final double WILD = 0.2;

    private final Roster roster;
    private final Set<KnownDivergence> avoided;
    private final Dialect dialect;

    public CommunitySpec(Roster roster) {
        this(roster, Set.of(), Dialect.WHAPI);
    }

    private CommunitySpec(Roster roster, Set<KnownDivergence> avoided, Dialect dialect) {
        this.roster = roster;
        this.avoided = Set.copyOf(avoided);
        this.dialect = dialect;
    }

    /** The same spec, never generating a step that runs into a known divergence. */
    public CommunitySpec avoiding(Set<KnownDivergence> divergences) {
        return new CommunitySpec(roster, divergences, dialect);
    }

    /** The same spec with the rules a dialect documents for itself (Z-API keeps the last linked group). */
    public CommunitySpec forDialect(Dialect value) {
        return new CommunitySpec(roster, avoided, value);
    }

    public Dialect dialect() {
        return dialect;
    }

    public Set<KnownDivergence> avoided() {
        return avoided;
    }

    public CommunitySpec() {
        this(Roster.standard());
    }

    public Roster roster() {
        return roster;
    }

    @Override
    public Model<Step> newModel(Settings settings) {
        return new CommunityModel(settings, roster, dialect);
    }

    @Override
    public Step nextStep(Model<Step> model, SplittableRandom random) {
        CommunityModel state = (CommunityModel) model;
        Choices choices = new Choices(state, roster, random, dialect);
        Step step = choices.next();
        for (int i = 0; i < 100 && avoidedDivergence(state, step); i++) {
            step = choices.next();
        }
        return step;
    }

    private boolean avoidedDivergence(CommunityModel model, Step step) {
        return avoided.stream().anyMatch(d -> d.matches(model, step));
    }

    @Override
    public List<Step> simplifications(Step step) {
        List<Step> simpler = new ArrayList<>();
        if (step instanceof Step.CreateGroup s) {
            for (String subject : shorter(s.subject())) {
                simpler.add(new Step.CreateGroup(s.actor(), s.group(), subject, s.people()));
            }
            for (List<String> people : fewer(s.people())) {
                simpler.add(new Step.CreateGroup(s.actor(), s.group(), s.subject(), people));
            }
        } else if (step instanceof Step.CreateGroupInCommunity s) {
            // the same group made outside the community first: is the failure about the link at all?
            simpler.add(new Step.CreateGroup(s.actor(), s.group(), s.subject(), s.people()));
            for (String subject : shorter(s.subject())) {
                simpler.add(new Step.CreateGroupInCommunity(s.actor(), s.community(), s.group(), subject, s.people()));
            }
            for (List<String> people : fewer(s.people())) {
                simpler.add(new Step.CreateGroupInCommunity(s.actor(), s.community(), s.group(), s.subject(), people));
            }
        } else if (step instanceof Step.JoinByInvite s && s.revokedCode()) {
            simpler.add(new Step.JoinByInvite(s.actor(), s.group(), false)); // the revoke may not matter
        } else if (step instanceof Step.CreateCommunity s) {
            for (String name : shorter(s.name())) {
                simpler.add(new Step.CreateCommunity(s.actor(), s.community(), name));
            }
        } else if (step instanceof Step.UpdateSubject s) {
            for (String subject : shorter(s.subject())) {
                simpler.add(new Step.UpdateSubject(s.actor(), s.group(), subject));
            }
        } else if (step instanceof Step.UpdateDescription s && s.description().length() > 1
                && s.description().length() <= 2048) {
            simpler.add(new Step.UpdateDescription(s.actor(), s.group(), "d"));
        } else if (step instanceof Step.SendText s && !s.text().equals("x")) {
            simpler.add(new Step.SendText(s.actor(), s.chat(), "x"));
        } else if (step instanceof Step.AddParticipants s) {
            fewer(s.people()).forEach(p -> simpler.add(new Step.AddParticipants(s.actor(), s.group(), p)));
        } else if (step instanceof Step.RemoveParticipants s) {
            fewer(s.people()).forEach(p -> simpler.add(new Step.RemoveParticipants(s.actor(), s.group(), p)));
        } else if (step instanceof Step.AddToCommunity s) {
            fewer(s.people()).forEach(p -> simpler.add(new Step.AddToCommunity(s.actor(), s.community(), p)));
        } else if (step instanceof Step.RemoveFromCommunity s) {
            fewer(s.people()).forEach(p -> simpler.add(new Step.RemoveFromCommunity(s.actor(), s.community(), p)));
        } else if (step instanceof Step.PromoteCommunityAdmins s) {
            fewer(s.people()).forEach(p -> simpler.add(new Step.PromoteCommunityAdmins(s.actor(), s.community(), p)));
        } else if (step instanceof Step.DemoteCommunityAdmins s) {
            fewer(s.people()).forEach(p -> simpler.add(new Step.DemoteCommunityAdmins(s.actor(), s.community(), p)));
        }
        return simpler;
    }

    private static List<String> shorter(String name) {
        if (name.length() <= 1) {
            return List.of();
        }
        return name.length() > 100 ? List.of("") : List.of("n");
    }

    /** Each list with one person fewer, keeping at least one. */
    private static List<List<String>> fewer(List<String> people) {
        List<List<String>> lists = new ArrayList<>();
        if (people.size() > 1) {
            for (int i = 0; i < people.size(); i++) {
                List<String> fewer = new ArrayList<>(people);
                fewer.remove(i);
                lists.add(fewer);
            }
        }
        return lists;
    }

    @Override
    public String actionOf(Step step) {
        return step.action();
    }

    @Override
    public String outcomeLabel(Object outcome) {
        if (outcome instanceof Observation.Done) {
            return "ok";
        } else if (outcome instanceof Observation.Batch b) {
            if (b.failed().isEmpty()) {
                return "ok";
            }
            return b.processed().isEmpty() ? "all-failed" : "partly-failed";
        } else if (outcome instanceof Observation.Refused r) {
            return "refused:" + r.reason();
        } else if (outcome instanceof Observation.Answered a) {
            return a.value() ? "ok" : "answered-false";
        }
        return String.valueOf(outcome);
    }

    @Override
    public Class<Step> stepType() {
        return Step.class;
    }

    @Override
    public Class<Settings> settingsType() {
        return Settings.class;
    }

    /** One generation decision, reading the model. */
    private static final class Choices {
        private final CommunityModel model;
        private final Roster roster;
        private final SplittableRandom random;
        private final Dialect dialect;

        Choices(CommunityModel model, Roster roster, SplittableRandom random, Dialect dialect) {
            this.model = model;
            this.roster = roster;
            this.random = random;
            this.dialect = dialect;
        }

        Step next() {
            Step step = roster.everyone().size() < 2 ? solo() : any();
            if (step instanceof Step.AddParticipants s && s.people().isEmpty()
                    || step instanceof Step.AddToCommunity c && c.people().isEmpty()
                    || step instanceof Step.RemoveFromCommunity r && r.people().isEmpty()
                    || step instanceof Step.PromoteCommunityAdmins p && p.people().isEmpty()
                    || step instanceof Step.DemoteCommunityAdmins d && d.people().isEmpty()) {
                return createCommunity(); // nobody fits: an empty batch tells nothing
            }
            return step;
        }

        /**
         * One person only (a live account with a single channel): no group can be made, so programs
         * are about communities, their twin groups, and the refusal of a group without participants.
         */
        private Step solo() {
            List<String> active = model.communityHandles().stream().filter(model::isActive).toList();
            int roll = random.nextInt(10);
            if (active.isEmpty() || roll < 2) {
                return createCommunity();
            } else if (roll < 3) {
                return createGroup();
            } else if (roll < 6) {
                String community = pick(active);
                return new Step.SendText(roster.actors().get(0), random.nextBoolean() ? community
                        : Step.announcement(community), "hello");
            } else if (roll < 9) {
                String community = pick(active);
                return new Step.ChangeSetting(roster.actors().get(0), random.nextBoolean() ? community
                        : Step.announcement(community), Step.Setting.SEND_MESSAGES, random.nextBoolean());
            }
            return new Step.Deactivate(roster.actors().get(0), pick(active));
        }

        private Step any() {
            List<String> ordinary = model.groupHandles(Kind.ORDINARY);
            List<String> active = model.communityHandles().stream().filter(model::isActive).toList();
            if (ordinary.size() < 2 && random.nextInt(3) > 0 || ordinary.isEmpty()) {
                return createGroup();
            }
            if (active.isEmpty() && random.nextInt(2) == 0 || model.communityHandles().isEmpty()) {
                return createCommunity();
            }
            int roll = random.nextInt(100);
            if (roll < 8) {
                return ordinary.size() < 8 ? createGroup() : addParticipants(ordinary);
            } else if (roll < 12) {
                return active.size() < 3 ? createCommunity() : link(ordinary);
            } else if (roll < 15) {
                return joinByInvite(ordinary);
            } else if (roll < 26) {
                return link(ordinary);
            } else if (roll < 34) {
                return unlink(ordinary);
            } else if (roll < 44) {
                return addParticipants(ordinary);
            } else if (roll < 49) {
                return removeParticipants(ordinary);
            } else if (roll < 53) {
                return promoteOrDemote(ordinary);
            } else if (roll < 61) {
                return addToCommunity();
            } else if (roll < 65) {
                return removeFromCommunity();
            } else if (roll < 70) {
                return promoteOrDemoteCommunityAdmins();
            } else if (roll < 79) {
                return sendText(ordinary);
            } else if (roll < 83) {
                return leave(ordinary);
            } else if (roll < 86) {
                return updateSubject(ordinary);
            } else if (roll < 88) {
                return random.nextBoolean() ? updateDescription(ordinary) : inviteCode(ordinary);
            } else if (roll < 94) {
                return changeSetting(ordinary);
            } else if (roll < 96) {
                return deactivate();
            } else if (roll < 98) {
                return joinByInvite(ordinary);
            }
            // Whapi makes a group inside a community in one request; Z-API has none (create, then link).
            return dialect == Dialect.WHAPI && ordinary.size() < 10 ? createGroupInCommunity() : link(ordinary);
        }

        private boolean wild() {
            return random.nextDouble() < WILD;
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        /** An actor satisfying the predicate most of the time; any actor when wild or none does. */
        private String actor(Predicate<String> preferred) {
            List<String> fitting = roster.actors().stream().filter(preferred).toList();
            return fitting.isEmpty() || wild() ? pick(roster.actors()) : pick(fitting);
        }

        private List<String> people(int max, Predicate<String> preferred, String exclude) {
            List<String> pool = roster.everyone().stream().filter(p -> !p.equals(exclude)).toList();
            List<String> fitting = pool.stream().filter(preferred).toList();
            List<String> from = fitting.isEmpty() || wild() ? pool : fitting;
            List<String> chosen = new ArrayList<>();
            if (from.isEmpty()) {
                return chosen;
            }
            int count = 1 + random.nextInt(max);
            for (int i = 0; i < count * 3 && chosen.size() < count; i++) {
                String person = pick(from);
                if (!chosen.contains(person)) {
                    chosen.add(person);
                }
            }
            return chosen;
        }

        private String name(String base) {
            int roll = random.nextInt(40);
            if (roll == 0) {
                return "";
            } else if (roll == 1) {
                return "x".repeat(101);
            }
            return base + " " + (char) ('A' + random.nextInt(26)) + random.nextInt(100);
        }

        private String community() {
            List<String> all = model.communityHandles();
            List<String> active = all.stream().filter(model::isActive).toList();
            return active.isEmpty() || wild() ? pick(all) : pick(active);
        }

        private boolean isAdmin(String group, String person) {
            Rank rank = model.participants(group).get(person);
            return rank != null && rank.isAdmin();
        }

        private Step createGroup() {
            // Half the groups are made by a community admin, so that there are groups to link.
            List<String> admins = roster.actors().stream()
                    .filter(a -> adminedCommunities().stream().anyMatch(c -> isAdmin(c, a))).toList();
            String actor = admins.isEmpty() || random.nextBoolean() ? pick(roster.actors()) : pick(admins);
            int max = random.nextInt(4) == 0 ? 9 : 3;
            List<String> people = people(max, p -> roster.onWhatsApp(p) || random.nextInt(4) == 0, actor);
            return new Step.CreateGroup(actor, "g" + (model.groupCount() + 1), name("Group"), people);
        }

        /** Mostly by a community admin; now and then by anyone, or in a full community (R3's refusals). */
        private Step createGroupInCommunity() {
            List<String> admined = adminedCommunities();
            String community = adminedCommunity();
            int roll = random.nextInt(4);
            if (!admined.isEmpty() && roll < 2) {
                // the one with the most linked groups, or the most members: R3's two limits
                community = admined.stream().max(java.util.Comparator.comparingLong(c -> roll == 0
                        ? model.groupHandles(Kind.ORDINARY).stream().filter(g -> c.equals(model.linkedParent(g))).count()
                        : model.participants(Step.announcement(c)).size())).orElseThrow();
            }
            String chosen = community;
            String actor = actor(a -> isAdmin(chosen, a));
            int max = random.nextInt(3) == 0 ? 7 : 3;
            List<String> people = people(max, p -> roster.onWhatsApp(p) || random.nextInt(4) == 0, actor);
            return new Step.CreateGroupInCommunity(actor, community, "g" + (model.groupCount() + 1), name("Sub"),
                    people);
        }

        /**
         * Another account joins by a group's code: mostly someone not in it yet, into an ordinary group
         * (the fullest now and then, for R6's refusals), or into a community by P's or Y's code;
         * a revoked code when the group has one.
         */
        private Step joinByInvite(List<String> ordinary) {
            List<String> revoked = new ArrayList<>(ordinary);
            model.communityHandles().forEach(c -> revoked.addAll(List.of(c, Step.announcement(c))));
            revoked.removeIf(g -> model.revokedCodes(g) == 0);
            int roll = random.nextInt(10);
            String group;
            if (!revoked.isEmpty() && roll < 2) {
                group = pick(revoked);
                return new Step.JoinByInvite(pick(roster.actors()), group, true);
            } else if (roll < 4) {
                String community = community();
                group = random.nextBoolean() ? community : Step.announcement(community);
                // mostly the fullest community some actor is outside of: its limit refuses a newcomer
                if (random.nextInt(3) > 0) {
                    group = Step.announcement(model.communityHandles().stream().filter(model::isActive)
                            .filter(c -> roster.actors().stream()
                                    .anyMatch(a -> !model.participants(Step.announcement(c)).containsKey(a)))
                            .max(java.util.Comparator.comparingInt(c -> model.participants(Step.announcement(c)).size()))
                            .orElse(community));
                }
            } else if (roll < 6) {
                group = ordinary.stream().filter(g -> roster.actors().stream().anyMatch(a -> !model.participants(g)
                        .containsKey(a))).max(java.util.Comparator.comparingInt(g -> model.participants(g).size()))
                        .orElse(pick(ordinary));
            } else {
                group = pick(ordinary);
            }
            Map<String, Rank> in = model.participants(group);
            return new Step.JoinByInvite(actor(a -> !in.containsKey(a)), group, false);
        }

        private Step createCommunity() {
            String handle = "c" + (model.communityHandles().size() + 1);
            return new Step.CreateCommunity(pick(roster.actors()), handle, name("Community"));
        }

        /** Communities where some actor is an admin, with that actor: the ones a link can succeed in. */
        private List<String> adminedCommunities() {
            return model.communityHandles().stream().filter(model::isActive)
                    .filter(c -> roster.actors().stream().anyMatch(a -> isAdmin(c, a))).toList();
        }

        private Step link(List<String> ordinary) {
            List<String> admined = adminedCommunities();
            String community;
            if (!admined.isEmpty() && random.nextBoolean()) {
                // the fullest community, so the linked-group limit is reached now and then
                community = admined.stream().max(java.util.Comparator.comparingLong(c -> ordinary.stream()
                        .filter(g -> c.equals(model.linkedParent(g))).count())).orElseThrow();
            } else {
                community = admined.isEmpty() || wild() ? community() : pick(admined);
            }
            String actor = actor(a -> isAdmin(community, a));
            String group;
            List<String> linkedElsewhere = ordinary.stream()
                    .filter(g -> model.linkedParent(g) != null && !model.linkedParent(g).equals(community)).toList();
            List<String> own = ordinary.stream().filter(g -> isAdmin(g, actor)).toList();
            List<String> ownUnlinked = own.stream().filter(g -> model.linkedParent(g) == null).toList();
            int roll = random.nextInt(12);
            if (!linkedElsewhere.isEmpty() && roll < 2) {
                group = pick(linkedElsewhere); // a deliberate refusal: linked to another community
            } else if (roll == 2) {
                String other = pick(model.communityHandles());
                group = random.nextBoolean() ? other : Step.announcement(other); // not ordinary
            } else if (!ownUnlinked.isEmpty() && roll < 10) {
                group = pick(ownUnlinked);
            } else {
                group = own.isEmpty() || wild() ? pick(ordinary) : pick(own);
            }
            return new Step.Link(actor, community, group);
        }

        private Step unlink(List<String> ordinary) {
            List<String> withLinks = model.communityHandles().stream().filter(model::isActive)
                    .filter(c -> ordinary.stream().anyMatch(g -> c.equals(model.linkedParent(g)))).toList();
            String community = withLinks.isEmpty() || wild() ? community() : pick(withLinks);
            List<String> linked = ordinary.stream().filter(g -> community.equals(model.linkedParent(g))).toList();
            String group = linked.isEmpty() || wild() ? pick(ordinary) : pick(linked);
            return new Step.Unlink(actor(a -> isAdmin(community, a)), community, group);
        }

        private Step addParticipants(List<String> ordinary) {
            String group = pick(ordinary);
            String actor = actor(a -> isAdmin(group, a));
            Map<String, Rank> in = model.participants(group);
            return new Step.AddParticipants(actor, group, people(random.nextInt(5) == 0 ? 6 : 3,
                    p -> !in.containsKey(p), actor));
        }

        private Step removeParticipants(List<String> ordinary) {
            String group = pick(ordinary);
            String actor = actor(a -> isAdmin(group, a));
            Map<String, Rank> in = model.participants(group);
            List<String> people = people(2, p -> in.containsKey(p), actor);
            people.removeIf(p -> in.get(p) == Rank.CREATOR); // who may remove a creator is left open
            return people.isEmpty() ? addParticipants(ordinary) : new Step.RemoveParticipants(actor, group, people);
        }

        private Step promoteOrDemote(List<String> ordinary) {
            String group = pick(ordinary);
            String actor = actor(a -> isAdmin(group, a));
            Map<String, Rank> in = model.participants(group);
            List<String> candidates = in.keySet().stream().filter(p -> !p.equals(actor)).toList();
            String person = candidates.isEmpty() || wild() ? pick(roster.everyone()) : pick(candidates);
            return random.nextBoolean() ? new Step.Promote(actor, group, person) : new Step.Demote(actor, group, person);
        }

        private String adminedCommunity() {
            List<String> admined = adminedCommunities();
            return admined.isEmpty() || wild() ? community() : pick(admined);
        }

        private Step addToCommunity() {
            String community = adminedCommunity();
            String actor = actor(a -> isAdmin(community, a));
            Map<String, Rank> members = model.participants(Step.announcement(community));
            return new Step.AddToCommunity(actor, community, people(random.nextInt(4) == 0 ? 6 : 2,
                    p -> !members.containsKey(p), actor));
        }

        private Step removeFromCommunity() {
            String community = adminedCommunity();
            String actor = actor(a -> isAdmin(community, a));
            Map<String, Rank> members = model.participants(Step.announcement(community));
            List<String> people = people(2, members::containsKey, actor);
            return new Step.RemoveFromCommunity(actor, community, people);
        }

        private Step promoteOrDemoteCommunityAdmins() {
            String community = adminedCommunity();
            String actor = actor(a -> isAdmin(community, a));
            Map<String, Rank> members = model.participants(Step.announcement(community));
            if (random.nextBoolean()) {
                return new Step.PromoteCommunityAdmins(actor, community,
                        people(2, p -> members.get(p) == Rank.MEMBER, actor));
            }
            return new Step.DemoteCommunityAdmins(actor, community,
                    people(2, p -> members.get(p) == Rank.ADMIN, actor));
        }

        private Step sendText(List<String> ordinary) {
            String chat;
            int roll = random.nextInt(10);
            if (roll < 3) {
                chat = Step.announcement(community());
            } else if (roll == 3) {
                chat = community();
            } else {
                chat = pick(ordinary);
            }
            String target = chat;
            return new Step.SendText(actor(a -> model.participants(target).containsKey(a)
                    || model.participants(Step.announcement(target)).containsKey(a)), chat, "hello");
        }

        private Step leave(List<String> ordinary) {
            List<String> leavable = ordinary.stream().filter(g -> model.participants(g).entrySet().stream()
                    .anyMatch(e -> e.getValue() != Rank.CREATOR && roster.actors().contains(e.getKey()))).toList();
            String group = leavable.isEmpty() || wild() ? pick(ordinary) : pick(leavable);
            Map<String, Rank> in = model.participants(group);
            // Creators do not leave: what becomes of a group without its creator is left open.
            List<String> actors = roster.actors().stream().filter(a -> in.get(a) != Rank.CREATOR).toList();
            List<String> inside = actors.stream().filter(in::containsKey).toList();
            if (actors.isEmpty()) {
                return sendText(ordinary);
            }
            return new Step.Leave(inside.isEmpty() || wild() ? pick(actors) : pick(inside), group);
        }

        private Step updateSubject(List<String> ordinary) {
            String group = pick(ordinary);
            String actor = actor(a -> model.participants(group).containsKey(a)
                    && (!model.restrictInfo(group) || isAdmin(group, a)));
            return new Step.UpdateSubject(actor, group, name("Renamed"));
        }

        private Step updateDescription(List<String> ordinary) {
            String group = pick(ordinary);
            String actor = actor(a -> model.participants(group).containsKey(a)
                    && (!model.restrictInfo(group) || isAdmin(group, a)));
            String description = random.nextInt(15) == 0 ? "d".repeat(2049) : "About " + random.nextInt(1000);
            return new Step.UpdateDescription(actor, group, description);
        }

        private Step inviteCode(List<String> ordinary) {
            String group = pick(ordinary);
            return new Step.InviteCode(actor(a -> isAdmin(group, a)), group, random.nextBoolean());
        }

        private Step changeSetting(List<String> ordinary) {
            String group;
            Step.Setting setting = random.nextBoolean() ? Step.Setting.SEND_MESSAGES : Step.Setting.EDIT_GROUP_INFO;
            if (random.nextInt(5) == 0) {
                String community = community();
                group = random.nextBoolean() ? community : Step.announcement(community);
                setting = Step.Setting.SEND_MESSAGES;
            } else {
                group = pick(ordinary);
            }
            String g = group;
            return new Step.ChangeSetting(actor(a -> isAdmin(g, a)), group, setting, random.nextBoolean());
        }

        private Step deactivate() {
            String community = adminedCommunity();
            return new Step.Deactivate(actor(a -> isAdmin(community, a)), community);
        }
    }
}
