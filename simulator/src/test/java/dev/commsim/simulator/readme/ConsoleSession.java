package dev.commsim.simulator.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code console} block of the README read as what it shows: commands after {@code $ } (continued by a
 * trailing backslash) and, under each, the output a reader should expect. Commands are the small shell
 * subset the README uses: variable assignments and {@code curl} words with quotes, {@code $VAR} and
 * {@code # comments}.
 */
record ConsoleSession(List<Step> steps) {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");
    private static final Pattern OUTPUT_COMMENT = Pattern.compile("\\s{2,}#.*$");

    /** One command as written, and its output as shown (lines joined; empty when none is shown). */
    record Step(String command, String shownOutput) {
    }

    static ConsoleSession parse(String block) {
        List<Step> steps = new ArrayList<>();
        String[] lines = block.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (!lines[i].startsWith("$ ")) {
                if (!lines[i].isBlank()) {
                    throw new IllegalArgumentException("output with no command above it: " + lines[i]);
                }
                i++;
                continue;
            }
            StringBuilder command = new StringBuilder(lines[i].substring(2));
            while (command.toString().endsWith("\\") && i + 1 < lines.length) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines[++i].strip());
            }
            i++;
            StringBuilder output = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("$ ")) {
                output.append(OUTPUT_COMMENT.matcher(lines[i]).replaceFirst("").strip());
                i++;
            }
            steps.add(new Step(command.toString(), output.toString()));
        }
        return new ConsoleSession(steps);
    }

    /** Splits a command into words as a POSIX shell would for this subset, expanding the variables given. */
    static List<String> words(String command, Map<String, String> variables) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
            } else if (c == '#' && word == null) {
                break;
            } else if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(command, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                int end = command.indexOf('"', i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(expand(command.substring(i + 1, end), variables));
                i = end + 1;
            } else {
                int end = i;
                while (end < command.length() && !Character.isWhitespace(command.charAt(end))
                        && command.charAt(end) != '\'' && command.charAt(end) != '"') {
                    end++;
                }
                word = word == null ? new StringBuilder() : word;
                word.append(expand(command.substring(i, end), variables));
                i = end;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code NAME=value} as a whole command: the variable and its value; null for anything else. */
    static Map.Entry<String, String> assignment(List<String> words) {
        if (words.size() != 1) {
            return null;
        }
        Matcher matcher = ASSIGNMENT.matcher(words.get(0));
        return matcher.matches() ? Map.entry(matcher.group(1), matcher.group(2)) : null;
    }

    private static String expand(String text, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("$" + matcher.group(1) + " is not set in the session");
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(expanded).toString();
    }
}
