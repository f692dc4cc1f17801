package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.Ascii;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Z-API's id formats (zapi.md §2): groups as {@code <digits>-group}, communities as bare digits,
 * people as bare digits (or {@code <digits>@lid}); {@code @g.us} is neither emitted nor accepted.
 */
final class ZapiIds {
    private static final String GROUP_SUFFIX = "-group";
    private static final String LID_SUFFIX = "@lid";
    private static final Pattern INVITE_LINK =
            Pattern.compile("^(?:https?://)?chat\\.whatsapp\\.com/(?:invite/)?([A-Za-z0-9]{10,32})/?$");
    private static final Pattern INVITE_CODE = Pattern.compile("^[A-Za-z0-9]{10,32}$");
    static final String INVITE_PREFIX = "https://chat.whatsapp.com/";

    private ZapiIds() {
    }

    /** The world id of a group phone ({@code <10-31 digits>-group}), or null when it is not shaped like one. */
    static String group(String raw) {
        if (raw == null) {
            return null;
        }
        int end = raw.length() - GROUP_SUFFIX.length();
        if (raw.endsWith(GROUP_SUFFIX) && end >= 10 && end <= 31 && Ascii.digits(raw, 0, end)) {
            return raw.substring(0, end);
        }
        // A legacy id is well formed but names no group of this world: it is looked up and not found.
        return isLegacyGroup(raw) ? raw : null;
    }

    /** Groups made before 2021-11-04: {@code <7-15 digit creator phone>-<9-11 digit unix seconds>}; never issued here. */
    private static boolean isLegacyGroup(String raw) {
        int dash = raw.indexOf('-');
        int seconds = raw.length() - dash - 1;
        return dash >= 7 && dash <= 15 && seconds >= 9 && seconds <= 11
                && Ascii.digits(raw, 0, dash) && Ascii.digits(raw, dash + 1, raw.length());
    }

    /** 10-31 digits. */
    static boolean isCommunity(String raw) {
        return raw != null && raw.length() >= 10 && raw.length() <= 31 && Ascii.digits(raw, 0, raw.length());
    }

    /** 7-15 digits. */
    static boolean isContact(String raw) {
        return raw != null && raw.length() >= 7 && raw.length() <= 15 && Ascii.digits(raw, 0, raw.length());
    }

    /** 1-24 digits and {@code @lid}. */
    static boolean isLid(String raw) {
        if (raw == null || !raw.endsWith(LID_SUFFIX)) {
            return false;
        }
        int end = raw.length() - LID_SUFFIX.length();
        return end <= 24 && Ascii.digits(raw, 0, end);
    }

    /** The invite code of a {@code https://chat.whatsapp.com/<code>} link (or a bare code), or null. */
    static String inviteCode(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.trim();
        Matcher link = INVITE_LINK.matcher(trimmed);
        if (link.matches()) {
            return link.group(1);
        }
        return INVITE_CODE.matcher(trimmed).matches() ? trimmed : null;
    }

    /** The world's credential of an instance: its id and token. */
    static String credential(String instanceId, String token) {
        return instanceId + "/" + token;
    }

    /** The instance id of a credential made by {@link #credential}. */
    static String instanceOf(String credential) {
        return credential.substring(0, credential.indexOf('/'));
    }

    static String renderGroup(String digits) {
        return digits + "-group";
    }

    static String inviteLink(String code) {
        return INVITE_PREFIX + code;
    }
}
