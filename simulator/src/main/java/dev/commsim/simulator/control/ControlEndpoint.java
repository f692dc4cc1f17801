package dev.commsim.simulator.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of the control plane {@code /_sim/}: the one table the server routes from and that
 * every client builds its requests from ({@code admin.CommsimAdmin}, the contract kit's driver, your
 * own), so that the server and its clients cannot drift apart. A client calls
 * {@code RESET.method()} on {@code RESET.path()}, or {@code REMOVE_FAULT.path("f1")} for a template.
 */
public enum ControlEndpoint {
    HEALTH("GET", "/health"),
    RESET("POST", "/reset"),
    STATE("GET", "/state"),
    LOAD_STATE("PUT", "/state"),
    SETTINGS("GET", "/settings"),
    CHANGE_SETTINGS("PUT", "/settings"),
    CHANNELS("GET", "/channels"),
    DECLARE_CHANNEL("POST", "/channels"),
    SCENARIOS("GET", "/scenarios"),
    LOAD_SCENARIO("POST", "/scenarios"),
    ADD_FAULT("POST", "/faults"),
    FAULTS("GET", "/faults"),
    CLEAR_FAULTS("DELETE", "/faults"),
    REMOVE_FAULT("DELETE", "/faults/{id}"),
    SET_RATE_LIMIT("PUT", "/rate-limits"),
    RATE_LIMITS("GET", "/rate-limits"),
    CLEAR_RATE_LIMITS("DELETE", "/rate-limits"),
    CLOCK("GET", "/clock"),
    SET_CLOCK("PUT", "/clock"),
    ADVANCE_CLOCK("POST", "/clock/advance"),
    ACT_AS_JOIN("POST", "/act-as/{phone}/join"),
    ACT_AS_LEAVE("POST", "/act-as/{phone}/leave"),
    ACT_AS_SEND("POST", "/act-as/{phone}/send"),
    JOURNAL("GET", "/journal"),
    CLEAR_JOURNAL("DELETE", "/journal"),
    MESSAGES("GET", "/messages"),
    WEBHOOKS("GET", "/webhooks"),
    SET_WEBHOOK("PUT", "/webhooks"),
    WEBHOOK_DELIVERIES("GET", "/webhooks/deliveries"),
    CLEAR_WEBHOOK_DELIVERIES("DELETE", "/webhooks/deliveries");

    /** Where the control plane is mounted. */
    public static final String PREFIX = "/_sim";
    /** The header carrying the admin token; not {@code Authorization}, which is Whapi's bearer token. */
    public static final String ADMIN_TOKEN_HEADER = "X-Commsim-Admin-Token";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    private final String method;
    private final String template;

    ControlEndpoint(String method, String template) {
        this.method = method;
        this.template = template;
    }

    public String method() {
        return method;
    }

    /** The path under {@link #PREFIX}, with {@code {name}} parameters. */
    public String template() {
        return template;
    }

    /** The full path, the template's parameters filled in order with URL-encoded {@code values}. */
    public String path(String... values) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder(PREFIX);
        int at = 0;
        int used = 0;
        while (parameters.find()) {
            if (used == values.length) {
                throw new IllegalArgumentException(this + " needs a value for {" + parameters.group(1) + "}");
            }
            path.append(template, at, parameters.start()).append(segment(values[used++]));
            at = parameters.end();
        }
        if (used != values.length) {
            throw new IllegalArgumentException(this + " takes " + used + " path values, not " + values.length);
        }
        return path.append(template.substring(at)).toString();
    }

    /** A path segment: URL-encoded, a space as {@code %20} (a {@code +} in a path is a plus). */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@link #path} followed by a query string of {@code filters} (URL-encoded, in the map's order). */
    public String path(Map<String, String> filters, String... values) {
        if (filters.isEmpty()) {
            return path(values);
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        filters.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return path(values) + query;
    }
}
