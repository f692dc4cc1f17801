package dev.commsim.simulator.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The control plane takes group ids in any dialect's form: {@code …@g.us}, {@code …-group} or bare digits. */
final class ChatIds {
    private static final Pattern GROUP = Pattern.compile("^(120363\\d{12})(@g\\.us|-group)?$");
    private static final Pattern PHONE = Pattern.compile("^(\\d{7,15})(@s\\.whatsapp\\.net|@c\\.us)?$");

    private ChatIds() {
    }

    /** The world's digits of a group id, or null. */
    static String group(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher matcher = GROUP.matcher(raw);
        return matcher.matches() ? matcher.group(1) : null;
    }

    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher matcher = PHONE.matcher(raw);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
