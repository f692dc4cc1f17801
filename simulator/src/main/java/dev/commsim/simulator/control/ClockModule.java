package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The simulated clock: {@code GET /_sim/clock}, {@code PUT /_sim/clock} ({@code {"now": "<ISO-8601>"}}
 * or {@code {"epochMillis": n}}), {@code POST /_sim/clock/advance} ({@code {"seconds": n}} or
 * {@code {"millis": n}}). Every timestamp in answers, events and the journal follows it.
 */
public final class ClockModule implements ControlModule {
    private final SimClock clock;

    public ClockModule(SimClock clock) {
        this.clock = clock;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.CLOCK, call -> Reply.ok(now()));
        tasks.on(ControlEndpoint.SET_CLOCK, this::set);
        tasks.on(ControlEndpoint.ADVANCE_CLOCK, this::advance);
    }

    @Override
    public void reset() {
        clock.resetOffset();
    }

    private ObjectNode now() {
        Instant now = clock.now();
        return Json.object().put("now", now.toString()).put("epochMillis", now.toEpochMilli());
    }

    private Reply set(ControlCall call) {
        JsonRequest body = call.body();
        String iso = body.optionalString("now");
        Long millis = body.has("epochMillis") ? longValue(body, "epochMillis") : null;
        if (body.ok() && (iso == null) == (millis == null)) {
            body.reject("give exactly one of 'now' (ISO-8601) or 'epochMillis'");
        }
        Instant instant = null;
        if (body.ok()) {
            try {
                instant = iso != null ? Instant.parse(iso) : Instant.ofEpochMilli(millis);
            } catch (DateTimeParseException e) {
                body.reject("'now' must be an ISO-8601 instant like 2026-01-01T00:00:00Z");
            }
        }
        Instant to = instant;
        return call.answer(() -> {
            clock.set(to);
            return Reply.ok(now());
        });
    }

    private Reply advance(ControlCall call) {
        JsonRequest body = call.body();
        Long seconds = body.has("seconds") ? longValue(body, "seconds") : null;
        Long millis = body.has("millis") ? longValue(body, "millis") : null;
        if (body.ok() && (seconds == null) == (millis == null)) {
            body.reject("give exactly one of 'seconds' or 'millis'");
        }
        return call.answer(() -> {
            clock.advance(seconds != null ? Duration.ofSeconds(seconds) : Duration.ofMillis(millis));
            return Reply.ok(now());
        });
    }

    private static Long longValue(JsonRequest body, String field) {
        Integer value = body.optionalInt(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.longValue();
    }
}
