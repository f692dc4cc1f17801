package dev.commsim.simulator.faults;

import java.util.regex.Pattern;

/**
 * A path pattern as users write it: a glob, not a regex, because paths full of {@code .} and
 * {@code @} ({@code 120363…@g.us}) would need escaping in a regex. {@code *} as a whole segment is
 * exactly one segment, {@code *} inside a segment is any characters of that segment, {@code **} is
 * any number of segments (zero included). Everything else is literal and case-sensitive; the query
 * string is never part of the matched path.
 */
record PathGlob(String glob, Pattern regex) {

    static Validated<PathGlob> parse(String glob) {
        if (glob.isEmpty() || glob.charAt(0) != '/') {
            return Validated.invalid("'path' must start with '/'");
        }
        if (glob.indexOf('?') >= 0 || glob.indexOf('#') >= 0) {
            return Validated.invalid("'path' is matched without the query string: leave out '?' and '#'");
        }
        StringBuilder regex = new StringBuilder();
        String[] segments = glob.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.equals("**")) {
                regex.append("(?:/.*)?");
            } else if (segment.contains("**")) {
                return Validated.invalid("'path' may use '**' only as a whole segment, as in /instances/**/send-text");
            } else if (segment.equals("*")) {
                regex.append("/[^/]+");
            } else {
                regex.append('/');
                String[] literals = segment.split("\\*", -1);
                for (int i = 0; i < literals.length; i++) {
                    if (i > 0) {
                        regex.append("[^/]*");
                    }
                    if (!literals[i].isEmpty()) {
                        regex.append(Pattern.quote(literals[i]));
                    }
                }
            }
        }
        return Validated.valid(new PathGlob(glob, Pattern.compile(regex.toString())));
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }
}
