package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.DialectCall;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.GroupKind;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.InputProblem;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import java.util.function.Function;

/** One authenticated Z-API request, with Z-API's own readings of ids and refusals and the channel's webhook settings. */
final class ZapiCall extends DialectCall {
    final WebhookHub webhooks;

    ZapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        super(exchange, world, channel, body);
        this.webhooks = webhooks;
    }

    <T> Reply render(Outcome<T> outcome, Envelope envelope, Function<? super T, ? extends JsonNode> view) {
        return render(outcome, envelope, view, Map.of());
    }

    /** {@code fields}: Z-API's names of the fields the world may refuse, for its refusal text. */
    <T> Reply render(Outcome<T> outcome, Envelope envelope, Function<? super T, ? extends JsonNode> view,
                     Map<InputProblem.Field, String> fields) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return Reply.ok(view.apply(ok.value()));
        }
        return ZapiErrors.refusal((Outcome.Refused<?>) outcome, envelope, fields);
    }

    /**
     * The community id named by a {@code communityId} value: bare digits, or (sc, zapi.md §7.11) the
     * {@code -group} id of the community's announcement group. Null when it is not an id at all; an id
     * of no community is passed on for the world to answer "not found".
     */
    String communityId(String raw) {
        if (ZapiIds.isCommunity(raw)) {
            return raw;
        }
        String group = ZapiIds.group(raw);
        if (group == null) {
            return null;
        }
        if (world.group(caller(), group, ParentReach.AS_GROUP) instanceof Outcome.Ok<GroupView> ok && ok.value().communityId() != null
                && ok.value().kind() != GroupKind.ORDINARY) {
            return ok.value().communityId();
        }
        return group;
    }
}
