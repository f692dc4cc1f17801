package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.http.Ascii;

/** Whapi's id formats (whapi.md §2): groups and communities as {@code <digits>@g.us}, people as bare digits. */
final class WhapiIds {
    private static final String GROUP_SUFFIX = "@g.us";
    private static final String PERSON_SUFFIX = "@s.whatsapp.net";

    private WhapiIds() {
    }

    /** The world's digits of a group or community id ({@code [0-9-]{10,31}@g.us}), or null when it breaks the pattern. */
    static String group(String raw) {
        if (raw == null || !raw.endsWith(GROUP_SUFFIX)) {
            return null;
        }
        int end = raw.length() - GROUP_SUFFIX.length();
        return end >= 10 && end <= 31 && Ascii.digitsOrDashes(raw, 0, end) ? raw.substring(0, end) : null;
    }

    /** A participant as 7-15 bare digits; {@code @s.whatsapp.net} is accepted and dropped. Null when invalid. */
    static String contact(String raw) {
        if (raw == null) {
            return null;
        }
        int end = raw.endsWith(PERSON_SUFFIX) ? raw.length() - PERSON_SUFFIX.length() : raw.length();
        if (end < 7 || end > 15 || !Ascii.digits(raw, 0, end)) {
            return null;
        }
        return end == raw.length() ? raw : raw.substring(0, end);
    }

    /** {@code [0-9-]{9,31}}, optionally followed by {@code @} and a domain of {@code [A-Za-z0-9_.]}. */
    static boolean validSendTo(String raw) {
        if (raw == null) {
            return false;
        }
        int at = raw.indexOf('@');
        int end = at < 0 ? raw.length() : at;
        return end >= 9 && end <= 31 && Ascii.digitsOrDashes(raw, 0, end)
                && (at < 0 || Ascii.wordOrDots(raw, at + 1, raw.length()));
    }

    /** 14-22 letters and digits. */
    static boolean validInviteCode(String raw) {
        return raw != null && raw.length() >= 14 && raw.length() <= 22 && Ascii.lettersOrDigits(raw, 0, raw.length());
    }

    static String renderGroup(String digits) {
        return digits + "@g.us";
    }

    static String renderPerson(String phone) {
        return phone + "@s.whatsapp.net";
    }
}
