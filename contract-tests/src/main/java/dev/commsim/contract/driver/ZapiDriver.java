package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Observation;
import dev.commsim.contract.actions.Reason;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.WorldView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs steps through the Z-API dialect (zapi.md §4). Z-API tells less than Whapi: most operations
 * answer a bare {@code {"value": bool}} or {@code {"success": bool}}, sends always answer 200 (R7's
 * refusal arrives later, in the delivery webhook), and only {@code create-group} lists the numbers
 * it did not add. {@link #project} reduces the model's prediction to that much; the world read back
 * through {@code /_sim/state} is compared in full, so what the answers hide is still checked.
 */
public final class ZapiDriver implements Target<Step, Settings> {

    private final String baseUrl;
    private final Transport http;
    private final Phonebook phones;
    private final Map<String, ZapiChannel> channels;
    private final Backstage backstage;
    private final Ids ids = new Ids();
    private final InviteCodes codes;

    /** @param channels each actor's instance; the phonebook gives the actors' numbers */
    public ZapiDriver(String baseUrl, Transport http, Phonebook phones, Map<String, ZapiChannel> channels,
                      Backstage backstage) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.phones = phones;
        this.channels = Map.copyOf(channels);
        this.backstage = backstage;
        this.codes = new InviteCodes(backstage);
    }

    public static ZapiDriver forSimulator(String baseUrl, Transport http, Phonebook phones, boolean pushSettings) {
        Map<String, ZapiChannel> channels = new LinkedHashMap<>();
        phones.tokens().forEach((actor, token) -> channels.put(actor, new ZapiChannel(instanceOf(actor), token, null)));
        return new ZapiDriver(baseUrl, http, phones, channels,
                new SimulatorBackstage(http, phones, pushSettings, Dialect.ZAPI));
    }

    /**
     * A live account: no reset and no read-back; before each program and at the end, the communities
     * the kit created are deactivated ({@code DELETE /communities/{id}}) and every instance leaves the
     * groups it created ({@code POST /leave-group}).
     */
    public static ZapiDriver live(String baseUrl, Transport http, Phonebook phones, Map<String, ZapiChannel> channels) {
        LiveCleanup cleanup = new LiveCleanup(phones, new LiveCleanup.Requests() {
            @Override
            public void deactivate(String actor, String communityId) {
                ZapiChannel channel = channels.get(actor);
                http.send("DELETE", channel.prefix() + "/communities/" + communityId, null, null, channel.headers());
            }

            @Override
            public void leave(String actor, String groupId) {
                ZapiChannel channel = channels.get(actor);
                http.send("POST", channel.prefix() + "/leave-group", null,
                        SimControl.json(Map.of("groupId", groupId + "-group")), channel.headers());
            }
        });
        return new ZapiDriver(baseUrl, http, phones, channels, cleanup);
    }

    /** The instance id of an actor's Z-API channel on the simulator. */
    static String instanceOf(String actor) {
        return "inst-" + actor;
    }

    @Override
    public void reset(Settings settings) {
        backstage.reset(settings, ids);
        ids.clear();
        codes.clear();
    }

    @Override
    public Object project(Step step, Object expected) {
        Observation predicted = (Observation) expected;
        if (step instanceof Step.CreateGroup || step instanceof Step.CreateCommunity) {
            // A bad name is a 400 before anything else is looked at. (update-group-name looks at the
            // group first, as the model does: its BAD_REQUEST passes through below.)
            String name = step instanceof Step.CreateGroup s ? s.subject() : ((Step.CreateCommunity) step).name();
            if (name.isBlank() || name.length() > 100) {
                return Observation.refused(Reason.BAD_REQUEST);
            }
        }
        if (step instanceof Step.CreateGroup) {
            return predicted instanceof Observation.Batch b ? new Observation.Batch(List.of(), b.failed()) : predicted;
        }
        if (step instanceof Step.CreateCommunity) {
            return predicted;
        }
        if (step instanceof Step.SendText) {
            return Observation.done(); // R7 on Z-API: 200 with ids; the refusal is asynchronous
        }
        if (step instanceof Step.InviteCode) {
            return predicted; // the invitation-link endpoints answer 400 with a reason text
        }
        if (step instanceof Step.ChangeSetting s && s.group().indexOf('/') < 0 && s.group().startsWith("c")) {
            return new Observation.Answered(false); // P is reachable only through community endpoints
        }
        if (predicted instanceof Observation.Refused r) {
            return r.reason() == Reason.ANNOUNCEMENT_FIXED || r.reason() == Reason.BAD_REQUEST
                    ? Observation.refused(Reason.BAD_REQUEST) : new Observation.Answered(false);
        }
        if (predicted instanceof Observation.Batch b) {
            return new Observation.Answered(!b.processed().isEmpty()); // sc: true when one number applied
        }
        return new Observation.Answered(true);
    }

    @Override
    public Object apply(Step step) {
        String actor = step.actor();
        if (step instanceof Step.CreateGroup s) {
            Transport.Reply reply = post(actor, "/create-group",
                    body("autoInvite", false, "groupName", s.subject(), "phones", phones(s.people())));
            if (!reply.ok()) {
                return refusal(reply);
            }
            JsonNode answer = SimControl.parse(reply.body());
            bind(s.group(), answer.path("phone").asText());
            List<String> notAdded = new ArrayList<>();
            answer.path("phonesNotAdded").forEach(p -> notAdded.add(phones.handleOf(p.asText())));
            return new Observation.Batch(List.of(), notAdded);
        } else if (step instanceof Step.CreateCommunity s) {
            Transport.Reply reply = post(actor, "/communities", body("name", s.name(), "description",
                    "made by the contract kit"));
            if (!reply.ok()) {
                return refusal(reply);
            }
            JsonNode answer = SimControl.parse(reply.body());
            bind(s.community(), answer.path("id").asText());
            for (JsonNode sub : answer.path("subGroups")) {
                if (sub.path("isGroupAnnouncement").asBoolean()) {
                    ids.bind(Step.announcement(s.community()), sub.path("phone").asText());
                }
            }
            return Observation.done();
        } else if (step instanceof Step.Link s) {
            return answered(post(actor, "/communities/link",
                    body("communityId", ids.id(s.community()), "groupsPhones", List.of(group(s.group())))));
        } else if (step instanceof Step.Unlink s) {
            return answered(post(actor, "/communities/unlink",
                    body("communityId", ids.id(s.community()), "groupsPhones", List.of(group(s.group())))));
        } else if (step instanceof Step.AddParticipants s) {
            return answered(post(actor, "/add-participant",
                    body("autoInvite", false, "groupId", group(s.group()), "phones", phones(s.people()))));
        } else if (step instanceof Step.RemoveParticipants s) {
            return answered(post(actor, "/remove-participant", body("groupId", group(s.group()), "phones",
                    phones(s.people()))));
        } else if (step instanceof Step.Promote s) {
            return answered(post(actor, "/add-admin", body("groupId", group(s.group()), "phones",
                    phones(List.of(s.person())))));
        } else if (step instanceof Step.Demote s) {
            return answered(post(actor, "/remove-admin", body("groupId", group(s.group()), "phones",
                    phones(List.of(s.person())))));
        } else if (step instanceof Step.AddToCommunity s) {
            return answered(post(actor, "/add-participant", body("autoInvite", false, "communityId",
                    ids.id(s.community()), "phones", phones(s.people()))));
        } else if (step instanceof Step.RemoveFromCommunity s) {
            return answered(post(actor, "/remove-participant", body("communityId", ids.id(s.community()),
                    "phones", phones(s.people()))));
        } else if (step instanceof Step.PromoteCommunityAdmins s) {
            return answered(post(actor, "/add-admin", body("communityId", ids.id(s.community()),
                    "phones", phones(s.people()))));
        } else if (step instanceof Step.DemoteCommunityAdmins s) {
            return answered(post(actor, "/remove-admin", body("communityId", ids.id(s.community()),
                    "phones", phones(s.people()))));
        } else if (step instanceof Step.SendText s) {
            Transport.Reply reply = post(actor, "/send-text", body("phone", group(s.chat()), "message", s.text()));
            return reply.ok() ? Observation.done() : refusal(reply);
        } else if (step instanceof Step.Leave s) {
            return answered(post(actor, "/leave-group", body("groupId", group(s.group()))));
        } else if (step instanceof Step.UpdateSubject s) {
            return answered(post(actor, "/update-group-name", body("groupId", group(s.group()), "groupName",
                    s.subject())));
        } else if (step instanceof Step.UpdateDescription s) {
            return answered(post(actor, "/update-group-description", body("groupId", group(s.group()),
                    "groupDescription", s.description())));
        } else if (step instanceof Step.InviteCode s) {
            String previous = s.revoke() ? currentCode(s.group()) : null; // for a later join by the revoked code
            String path = (s.revoke() ? "/redefine-invitation-link/" : "/group-invitation-link/") + group(s.group());
            Transport.Reply reply = send(actor, s.revoke() ? "POST" : "GET", path, null);
            if (s.revoke() && reply.ok()) {
                codes.revoked(s.group(), previous);
            }
            return reply.ok() ? Observation.done() : refusal(reply);
        } else if (step instanceof Step.JoinByInvite s) {
            String code = s.revokedCode() ? codes.revokedCode(s.group()) : currentCode(s.group());
            String url = java.net.URLEncoder.encode(INVITE_LINK + code, java.nio.charset.StandardCharsets.UTF_8);
            return answered(send(actor, "GET", "/accept-invite-group?url=" + url, null));
        } else if (step instanceof Step.ChangeSetting s) {
            String flag = s.setting() == Step.Setting.SEND_MESSAGES ? "adminOnlyMessage" : "adminOnlySettings";
            return answered(post(actor, "/update-group-settings", body("phone", group(s.group()), flag,
                    s.adminsOnly())));
        } else if (step instanceof Step.Deactivate s) {
            return answered(send(actor, "DELETE", "/communities/" + ids.id(s.community()), null));
        }
        // CreateGroupInCommunity: Z-API has no endpoint for it; the Z-API model skips it (a Z-API
        // user creates the group, then links it: steps of their own).
        throw new IllegalArgumentException("the Z-API driver has no request for " + step);
    }

    @Override
    public Object readBack() {
        return readBack(true);
    }

    /** Complete: with each actor's listings (two requests per actor), else the state only. */
    @Override
    public Object readBack(boolean complete) {
        WorldView world = backstage.readBack(ids, phones);
        return world == null || !complete ? world : world.withListings(Listings.zapi(phones, ids, (actor, path) -> send(actor, "GET", path, null)));
    }

    @Override
    public Object projectView(Object view, boolean complete) {
        WorldView world = (WorldView) view;
        java.util.TreeMap<String, WorldView.Listing> listings = new java.util.TreeMap<>();
        if (complete) {
            world.listings().forEach((actor, listing) -> listings.put(actor, Listings.asZapiShowsIt(listing)));
        }
        return world.withListings(listings);
    }

    @Override
    public String describe() {
        return "zapi " + baseUrl;
    }

    @Override
    public void close() {
        backstage.close(ids);
        http.close();
    }

    private static final String INVITE_LINK = "https://chat.whatsapp.com/";

    /** A group's current code; on a live account from {@code group-invitation-link} (P has none there). */
    private String currentCode(String handle) {
        return codes.current(handle, ids, List.copyOf(channels.keySet()), as -> {
            Transport.Reply reply = send(as, "GET", "/group-invitation-link/" + group(handle), null);
            String link = reply.ok() ? SimControl.parse(reply.body()).path("invitationLink").asText("") : "";
            return link.startsWith(INVITE_LINK) ? link.substring(INVITE_LINK.length()) : null;
        });
    }

    /** Every call goes through the actor's instance prefix, with its Client-Token when it has one. */
    private Transport.Reply send(String actor, String method, String path, String json) {
        ZapiChannel channel = channels.get(actor);
        if (channel == null) {
            throw new IllegalArgumentException("no Z-API instance for " + actor);
        }
        return http.send(method, channel.prefix() + path, null, json, channel.headers());
    }

    private Transport.Reply post(String actor, String path, Map<String, Object> body) {
        return send(actor, "POST", path, SimControl.json(body));
    }

    /** Binds a created group or community; on a live account, remembers it for clean-up. */
    private void bind(String handle, String id) {
        ids.bind(handle, id);
        backstage.created(handle);
    }

    /** A group's Z-API id; P too is named in the group form (its bare form is the community's id). */
    private String group(String handle) {
        return ids.id(handle) + "-group";
    }

    private List<String> phones(List<String> people) {
        return people.stream().map(phones::phone).toList();
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static Observation answered(Transport.Reply reply) {
        if (!reply.ok()) {
            return refusal(reply);
        }
        JsonNode answer = SimControl.parse(reply.body());
        JsonNode flag = answer.has("value") ? answer.path("value") : answer.path("success");
        return flag.isBoolean() ? new Observation.Answered(flag.asBoolean())
                : new Observation.Refused(Reason.UNRECOGNISED, "200 " + reply.body());
    }

    private static Observation refusal(Transport.Reply reply) {
        String error = SimControl.parse(reply.body()).path("error").asText("");
        Reason reason = reply.status() != 400 ? Reason.UNRECOGNISED
                : error.equals("not-authorized") ? Reason.NOT_GROUP_ADMIN
                : error.equals("Group not found") ? Reason.GROUP_NOT_FOUND : Reason.BAD_REQUEST;
        return new Observation.Refused(reason, reply.status() + " " + error);
    }
}
