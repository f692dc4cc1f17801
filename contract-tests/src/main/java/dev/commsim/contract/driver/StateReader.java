package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.model.Kind;
import dev.commsim.contract.model.Rank;
import dev.commsim.contract.model.WorldView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turns the simulator's {@code /_sim/state} into the model's provider-neutral view, by handle. */
public final class StateReader {

    private StateReader() {
    }

    public static WorldView read(JsonNode state, Ids ids, Phonebook phones) {
        TreeMap<String, WorldView.GroupView> groups = new TreeMap<>();
        for (JsonNode group : state.path("groups")) {
            TreeMap<String, Rank> participants = new TreeMap<>();
            for (JsonNode p : group.path("participants")) {
                participants.put(phones.handleOf(p.path("phone").asText()),
                        Rank.valueOf(p.path("rank").asText().toUpperCase(Locale.ROOT)));
            }
            if (participants.isEmpty()) {
                continue;
            }
            String parent = group.path("linkedParent").isTextual() ? ids.handleOf(group.path("linkedParent").asText())
                    : null;
            groups.put(ids.handleOf(group.path("id").asText()), new WorldView.GroupView(
                    Kind.valueOf(group.path("kind").asText()), group.path("subject").asText(),
                    group.path("description").isTextual() ? group.path("description").asText() : null, parent, participants,
                    group.path("announcementsOnly").asBoolean(), group.path("restrictInfo").asBoolean()));
        }
        TreeMap<String, WorldView.CommunityView> communities = new TreeMap<>();
        for (JsonNode community : state.path("communities")) {
            TreeSet<String> linked = new TreeSet<>();
            community.path("linkedGroups").forEach(id -> linked.add(ids.handleOf(id.asText())));
            TreeSet<String> admins = new TreeSet<>();
            community.path("admins").forEach(phone -> admins.add(phones.handleOf(phone.asText())));
            communities.put(ids.handleOf(community.path("id").asText()), new WorldView.CommunityView(linked, admins));
        }
        List<WorldView.MessageView> messages = new ArrayList<>();
        for (JsonNode message : state.path("messages")) {
            TreeSet<String> recipients = new TreeSet<>();
            message.path("recipients").forEach(phone -> recipients.add(phones.handleOf(phone.asText())));
            messages.add(new WorldView.MessageView(ids.handleOf(message.path("chatId").asText()),
                    phones.handleOf(message.path("from").asText()), message.path("status").asText(), recipients));
        }
        return new WorldView(groups, communities, messages);
    }
}
