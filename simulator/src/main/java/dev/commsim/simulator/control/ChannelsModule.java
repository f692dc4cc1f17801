package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.World;
import java.util.regex.Pattern;

/** {@code GET|POST /_sim/channels}: the API tenants, and declaring one with a chosen phone (strict mode serves only those). */
public final class ChannelsModule implements ControlModule {
    private static final Pattern PHONE = Pattern.compile("^\\d{7,15}$");
    private final World world;
    private final Wires wires;

    public ChannelsModule(World world, Wires wires) {
        this.world = world;
        this.wires = wires;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.CHANNELS, call -> {
            ArrayNode array = Json.array();
            world.channels().forEach(channel -> array.add(ControlJson.channel(channel)));
            return Reply.ok(Json.object().set("channels", array));
        });
        tasks.on(ControlEndpoint.DECLARE_CHANNEL, this::declare);
    }

    private Reply declare(ControlCall call) {
        JsonRequest body = call.body();
        String dialectName = body.requiredString("dialect");
        String phone = body.requiredString("phone");
        String token = body.requiredString("token");
        Dialect dialect = body.ok() ? Dialect.fromWireName(dialectName).orElse(null) : null;
        if (body.ok() && dialect == null) {
            body.reject("'dialect' must be \"whapi\" or \"zapi\"");
        }
        if (body.ok() && !PHONE.matcher(phone).matches()) {
            body.reject("'phone' must be 7-15 digits");
        }
        if (body.ok() && token.isBlank()) {
            body.reject("'token' must not be empty");
        }
        String instanceId = null;
        String clientToken = null;
        if (body.ok() && dialect == Dialect.ZAPI) {
            instanceId = body.requiredString("instanceId");
            clientToken = body.optionalString("clientToken");
            if (body.ok() && (instanceId.isBlank() || instanceId.contains("/") || token.contains("/"))) {
                body.reject("'instanceId' and 'token' must be non-empty and contain no '/'");
            }
        }
        String credential = body.ok() ? wires.of(dialect).credential(instanceId, token) : null;
        String declaredClientToken = clientToken;
        return call.answer(() -> Reply.of(201,
                ControlJson.channel(world.declareChannel(dialect, credential, phone, declaredClientToken))));
    }
}
