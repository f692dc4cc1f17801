package dev.commsim.simulator.dialect.whapi;

import java.util.regex.Pattern;

/** Whapi's id formats (whapi.md §2): groups and communities as {@code <digits>@g.us}, people as bare digits. */
final class WhapiIds {
    private static final Pattern GROUP = Pattern.compile("^([\\d-]{10,31})@g\\.us$");
    private static final Pattern CONTACT = Pattern.compile("^(\\d{7,15})(@s\\.whatsapp\\.net)?$");
    private static final Pattern SEND_TO = Pattern.compile("^[\\d-]{9,31}(@[\\w.]+)?$");
    private static final Pattern INVITE = Pattern.compile("^[A-Za-z0-9]{14,22}$");

    private WhapiIds() {
    }

    /** The world's digits of a group or community id, or null when it breaks the pattern. */
    static String group(String raw) {
        if (raw == null) {
            return null;
        }
        var matcher = GROUP.matcher(raw);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** A participant as bare digits; {@code @s.whatsapp.net} is accepted and dropped. Null when invalid. */
    static String contact(String raw) {
        if (raw == null) {
            return null;
        }
        var matcher = CONTACT.matcher(raw);
        return matcher.matches() ? matcher.group(1) : null;
    }

    static boolean validSendTo(String raw) {
        return raw != null && SEND_TO.matcher(raw).matches();
    }

    static boolean validInviteCode(String raw) {
        return raw != null && INVITE.matcher(raw).matches();
    }

    static String renderGroup(String digits) {
        return digits + "@g.us";
    }

    static String renderPerson(String phone) {
        return phone + "@s.whatsapp.net";
    }
}
