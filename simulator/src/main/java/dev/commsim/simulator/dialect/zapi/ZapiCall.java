package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.DialectCall;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.GroupKind;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;
import java.util.function.Function;

/** One authenticated Z-API request, with Z-API's own readings of ids and refusals. */
final class ZapiCall extends DialectCall {
    ZapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        super(exchange, world, webhooks, channel, body);
    }

    <T> Reply render(Outcome<T> outcome, Envelope envelope, Function<? super T, ? extends JsonNode> view) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return Reply.ok(view.apply(ok.value()));
        }
        return ZapiErrors.refusal((Outcome.Refused<?>) outcome, envelope);
    }

    /**
     * True when the id is a community parent the caller can read. Z-API reaches P only through the
     * community endpoints, so group endpoints present it as "not found" (zapi.md §4.2).
     */
    boolean isCommunityParent(String groupId) {
        return world.group(caller(), groupId) instanceof Outcome.Ok<GroupView> ok
                && ok.value().kind() == GroupKind.COMMUNITY_PARENT;
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
        if (world.group(caller(), group) instanceof Outcome.Ok<GroupView> ok && ok.value().communityId() != null
                && ok.value().kind() != GroupKind.ORDINARY) {
            return ok.value().communityId();
        }
        return group;
    }
}
