package dev.commsim.simulator.dialect.zapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Z-API's id formats (zapi.md §2): groups as {@code <digits>-group}, communities as bare digits,
 * people as bare digits (or {@code <digits>@lid}); {@code @g.us} is neither emitted nor accepted.
 */
final class ZapiIds {
    private static final Pattern GROUP = Pattern.compile("^(\\d{10,31})-group$");
    /** Groups made before 2021-11-04: {@code <creatorPhone>-<unixSeconds>}; the simulator never issues them. */
    private static final Pattern LEGACY_GROUP = Pattern.compile("^\\d{7,15}-\\d{9,11}$");
    private static final Pattern COMMUNITY = Pattern.compile("^\\d{10,31}$");
    private static final Pattern CONTACT = Pattern.compile("^\\d{7,15}$");
    private static final Pattern LID = Pattern.compile("^\\d{1,24}@lid$");
    private static final Pattern INVITE_LINK =
            Pattern.compile("^(?:https?://)?chat\\.whatsapp\\.com/(?:invite/)?([A-Za-z0-9]{10,32})/?$");
    private static final Pattern INVITE_CODE = Pattern.compile("^[A-Za-z0-9]{10,32}$");
    static final String INVITE_PREFIX = "https://chat.whatsapp.com/";

    private ZapiIds() {
    }

    /** The world id of a group phone, or null when it is not shaped like one. */
    static String group(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher matcher = GROUP.matcher(raw);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        // A legacy id is well formed but names no group of this world: it is looked up and not found.
        return LEGACY_GROUP.matcher(raw).matches() ? raw : null;
    }

    static boolean isCommunity(String raw) {
        return raw != null && COMMUNITY.matcher(raw).matches();
    }

    static boolean isContact(String raw) {
        return raw != null && CONTACT.matcher(raw).matches();
    }

    static boolean isLid(String raw) {
        return raw != null && LID.matcher(raw).matches();
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

    static String renderGroup(String digits) {
        return digits + "-group";
    }

    static String inviteLink(String code) {
        return INVITE_PREFIX + code;
    }
}
