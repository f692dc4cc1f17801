package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Observation;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.WorldView;
import java.util.List;
import java.util.Map;

/**
 * Runs steps through the Whapi.Cloud dialect (whapi.md §4): each step becomes one provider request
 * (two for a community: its announcement group's id comes from {@code /subgroups}), each answer an
 * observation by handle. On the simulator, reset and read-back go through {@code /_sim}.
 */
public final class WhapiDriver implements Target<Step, Settings> {

    private final String baseUrl;
    private final Transport http;
    private final Phonebook phones;
    private final Backstage backstage;
    private final Ids ids = new Ids();
    private final InviteCodes codes;

    public WhapiDriver(String baseUrl, Transport http, Phonebook phones, Backstage backstage) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.phones = phones;
        this.backstage = backstage;
        this.codes = new InviteCodes(backstage);
    }

    /** A driver for a simulator, through its control plane. */
    public static WhapiDriver forSimulator(String baseUrl, Transport http, Phonebook phones, boolean pushSettings) {
        return new WhapiDriver(baseUrl, http, phones, new SimulatorBackstage(http, phones, pushSettings, Dialect.WHAPI));
    }

    @Override
    public void reset(Settings settings) {
        backstage.reset(settings, ids);
        ids.clear();
        codes.clear();
    }

    @Override
    public Object apply(Step step) {
        String token = phones.token(step.actor());
        if (step instanceof Step.CreateGroup s) {
            return create(s.group(), s.actor(), http.send("POST", "/groups", token,
                    SimControl.json(Map.of("subject", s.subject(), "participants", phones(s.people())))));
        } else if (step instanceof Step.CreateGroupInCommunity s) {
            return create(s.group(), s.actor(), http.send("POST", "/communities/" + gid(s.community()), token,
                    SimControl.json(Map.of("subject", s.subject(), "participants", phones(s.people())))));
        } else if (step instanceof Step.JoinByInvite s) {
            String code = s.revokedCode() ? codes.revokedCode(s.group()) : currentCode(s.group());
            return plain(http.send("PUT", "/groups", token, SimControl.json(Map.of("invite_code", code))));
        } else if (step instanceof Step.CreateCommunity s) {
            Transport.Reply reply = http.send("POST", "/communities", token,
                    SimControl.json(Map.of("subject", s.name(), "description", "made by the contract kit")));
            if (!reply.ok()) {
                return WhapiAnswers.refusal(reply);
            }
            String id = SimControl.parse(reply.body()).path("id").asText();
            bind(s.community(), id);
            Transport.Reply subgroups = http.send("GET", "/communities/" + id + "/subgroups", token, null);
            String announcement = SimControl.parse(subgroups.body()).path("announceGroupInfo").path("id").asText("");
            if (!subgroups.ok() || announcement.isEmpty()) {
                throw new IllegalStateException("no announcement group for a new community: " + subgroups);
            }
            ids.bind(Step.announcement(s.community()), announcement);
            return Observation.done();
        } else if (step instanceof Step.Link s) {
            return plain(http.send("PUT", "/communities/" + gid(s.community()) + "/" + gid(s.group()), token, null));
        } else if (step instanceof Step.Unlink s) {
            return plain(http.send("DELETE", "/communities/" + gid(s.community()) + "/" + gid(s.group()), token, null));
        } else if (step instanceof Step.AddParticipants s) {
            return batch(http.send("POST", "/groups/" + gid(s.group()) + "/participants", token, people(s.people())));
        } else if (step instanceof Step.RemoveParticipants s) {
            return batch(http.send("DELETE", "/groups/" + gid(s.group()) + "/participants", token, people(s.people())));
        } else if (step instanceof Step.Promote s) {
            return plain(http.send("PATCH", "/groups/" + gid(s.group()) + "/admins", token, people(List.of(s.person()))));
        } else if (step instanceof Step.Demote s) {
            return plain(http.send("DELETE", "/groups/" + gid(s.group()) + "/admins", token, people(List.of(s.person()))));
        } else if (step instanceof Step.AddToCommunity s) {
            return batch(http.send("POST", "/communities/" + gid(s.community()) + "/participants", token, people(s.people())));
        } else if (step instanceof Step.RemoveFromCommunity s) {
            return batch(http.send("DELETE", "/communities/" + gid(s.community()) + "/participants", token,
                    people(s.people())));
        } else if (step instanceof Step.PromoteCommunityAdmins s) {
            return batch(http.send("PATCH", "/communities/" + gid(s.community()) + "/admins", token, people(s.people())));
        } else if (step instanceof Step.DemoteCommunityAdmins s) {
            return batch(http.send("DELETE", "/communities/" + gid(s.community()) + "/admins", token, people(s.people())));
        } else if (step instanceof Step.SendText s) {
            return plain(http.send("POST", "/messages/text", token,
                    SimControl.json(Map.of("to", gid(s.chat()), "body", s.text()))));
        } else if (step instanceof Step.Leave s) {
            return plain(http.send("DELETE", "/groups/" + gid(s.group()), token, null));
        } else if (step instanceof Step.UpdateSubject s) {
            return plain(http.send("PUT", "/groups/" + gid(s.group()), token, SimControl.json(Map.of("subject", s.subject()))));
        } else if (step instanceof Step.UpdateDescription s) {
            return plain(http.send("PUT", "/groups/" + gid(s.group()), token,
                    SimControl.json(Map.of("description", s.description()))));
        } else if (step instanceof Step.InviteCode s) {
            String previous = s.revoke() ? currentCode(s.group()) : null; // for a later join by the revoked code
            Observation outcome = plain(http.send(s.revoke() ? "DELETE" : "GET", "/groups/" + gid(s.group()) + "/invite",
                    token, null));
            if (s.revoke() && outcome instanceof Observation.Done) {
                codes.revoked(s.group(), previous);
            }
            return outcome;
        } else if (step instanceof Step.ChangeSetting s) {
            String setting = s.setting() == Step.Setting.SEND_MESSAGES ? "send_messages" : "edit_group_info";
            return plain(http.send("PATCH", "/groups/" + gid(s.group()), token,
                    SimControl.json(Map.of("setting", setting, "policy", s.adminsOnly() ? "admins" : "anyone"))));
        } else if (step instanceof Step.Deactivate s) {
            return plain(http.send("DELETE", "/communities/" + gid(s.community()), token, null));
        }
        throw new IllegalArgumentException("the Whapi driver has no request for " + step);
    }

    @Override
    public Object readBack() {
        return readBack(true);
    }

    /** Complete: with each actor's listings (two requests per actor), else the state only. */
    @Override
    public Object readBack(boolean complete) {
        WorldView world = backstage.readBack(ids, phones);
        return world == null || !complete ? world : world.withListings(Listings.whapi(http, phones, ids));
    }

    @Override
    public Object projectView(Object view, boolean complete) {
        return complete ? view : ((WorldView) view).withListings(new java.util.TreeMap<>());
    }

    @Override
    public String describe() {
        return "whapi " + baseUrl;
    }

    @Override
    public void close() {
        backstage.close(ids);
        http.close();
    }

    private Observation create(String handle, String actor, Transport.Reply reply) {
        if (!reply.ok()) {
            return WhapiAnswers.refusal(reply);
        }
        JsonNode body = SimControl.parse(reply.body());
        bind(handle, body.path("id").asText());
        return WhapiAnswers.created(body, phones.phone(actor), phones);
    }

    private String currentCode(String handle) {
        return codes.current(handle, ids, List.copyOf(phones.tokens().keySet()), actor -> {
            Transport.Reply reply = http.send("GET", "/groups/" + gid(handle) + "/invite", phones.token(actor), null);
            return reply.ok() ? SimControl.parse(reply.body()).path("invite_code").asText(null) : null;
        });
    }

    private void bind(String handle, String id) {
        ids.bind(handle, id);
        backstage.created(handle);
    }

    private String gid(String handle) {
        return ids.id(handle) + "@g.us";
    }

    private List<String> phones(List<String> people) {
        return people.stream().map(phones::phone).toList();
    }

    private String people(List<String> people) {
        return SimControl.json(Map.of("participants", phones(people)));
    }

    private Observation plain(Transport.Reply reply) {
        return reply.ok() ? Observation.done() : WhapiAnswers.refusal(reply);
    }

    private Observation batch(Transport.Reply reply) {
        return reply.ok() ? WhapiAnswers.batch(SimControl.parse(reply.body()), phones) : WhapiAnswers.refusal(reply);
    }
}
