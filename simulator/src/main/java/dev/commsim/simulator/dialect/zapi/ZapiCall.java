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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One authenticated Z-API request: Z-API's readings of ids, phone lists and paging, its replies to
 * outcomes, and the channel's webhook settings.
 */
final class ZapiCall extends DialectCall {
    /** More numbers than this in one request is a malformed request, not a batch. */
    static final int MAX_BATCH = 5000;

    final WebhookHub webhooks;

    ZapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        super(exchange, world, channel, body);
        this.webhooks = webhooks;
    }

    @Override
    protected Reply badRequest(String problem) {
        return ZapiErrors.badRequest(problem);
    }

    <T> Reply render(Outcome<T> outcome, Family family, Function<? super T, ? extends JsonNode> view) {
        return render(outcome, family, view, Map.of());
    }

    /** {@code fields}: Z-API's names of the fields the world may refuse, for its refusal text. */
    <T> Reply render(Outcome<T> outcome, Family family, Function<? super T, ? extends JsonNode> view,
                     Map<InputProblem.Field, String> fields) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return Reply.ok(view.apply(ok.value()));
        }
        return ZapiErrors.refusal((Outcome.Refused<?>) outcome, family, fields);
    }

    /** A parsed {@code phones} array: numbers the world can act on, and {@code @lid} ones it cannot (zapi.md §2). */
    record Phones(List<String> numbers, List<String> lids) {
    }

    Phones phones() {
        List<String> raw = body().requiredStrings("phones", 1, MAX_BATCH);
        if (raw == null) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        List<String> lids = new ArrayList<>();
        for (String entry : raw) {
            if (ZapiIds.isContact(entry)) {
                numbers.add(entry);
            } else if (ZapiIds.isLid(entry)) {
                lids.add(entry);
            } else {
                body().reject("'phones' holds an invalid number: " + entry + " (7-15 digits with country code)");
                return null;
            }
        }
        return new Phones(List.copyOf(numbers), List.copyOf(lids));
    }

    /** A required group id field in the {@code <digits>-group} form. */
    String groupField(String field) {
        return checkedGroup(field, body().requiredString(field));
    }

    /** A group id read from {@code field}, or null with the problem recorded. */
    String checkedGroup(String field, String raw) {
        if (raw == null) {
            return null;
        }
        String id = ZapiIds.group(raw);
        if (id == null) {
            body().reject(groupShape(field));
        }
        return id;
    }

    /** A group id in the path; a malformed one is the request's problem. */
    String groupPath(String name) {
        String id = ZapiIds.group(path(name));
        if (id == null) {
            reject(groupShape(name));
        }
        return id;
    }

    /** The required {@code communityId} field as the world's id. */
    String communityField(String field) {
        String raw = body().requiredString(field);
        if (raw == null) {
            return null;
        }
        String id = communityId(raw);
        if (id == null) {
            body().reject(communityShape(field));
        }
        return id;
    }

    /** A community id in the path; a malformed one is the request's problem. */
    String communityPath(String name) {
        String id = communityId(path(name));
        if (id == null) {
            reject(communityShape(name));
        }
        return id;
    }

    /** The request's {@code page} and {@code pageSize}; bad values are the request's problem. */
    ZapiPaging.Read paging() {
        ZapiPaging.Read read = ZapiPaging.of(this);
        if (read.problem() != null) {
            reject(read.problem());
        }
        return read;
    }

    static String groupShape(String field) {
        return "'" + field + "' must be a group id like 120363019502650977-group";
    }

    private static String communityShape(String field) {
        return "'" + field + "' must be a community id like 120363019502650977";
    }

    /**
     * The community id named by a {@code communityId} value: bare digits, or (sc, zapi.md §7.11) the
     * {@code -group} id of the community's announcement group. Null when it is not an id at all; an id
     * of no community is passed on for the world to answer "not found".
     */
    private String communityId(String raw) {
        if (ZapiIds.isCommunity(raw)) {
            return raw;
        }
        String group = ZapiIds.group(raw);
        if (group == null) {
            return null;
        }
        if (world.group(caller(), group, ParentReach.AS_GROUP) instanceof Outcome.Ok<GroupView> ok
                && ok.value().communityId() != null && ok.value().kind() != GroupKind.ORDINARY) {
            return ok.value().communityId();
        }
        return group;
    }
}
