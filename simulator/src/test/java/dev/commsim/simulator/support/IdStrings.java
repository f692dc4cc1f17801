package dev.commsim.simulator.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded strings near the providers' id formats: runs of digits of every length around the limits,
 * dashes, letters, the formats' suffixes, and stray characters, so that hand-written id checks can be
 * compared with the documented patterns on both sides of every boundary.
 */
public final class IdStrings {
    private static final String STRAY = "0123456789-@._aZz9 /\u00e9\u0660";

    private IdStrings() {
    }

    public static List<String> generate(long seed, int count, String... suffixes) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder id = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(5)) {
                    case 0, 1 -> digits(random, id, random.nextInt(34));
                    case 2 -> id.append(suffixes[random.nextInt(suffixes.length)]);
                    case 3 -> id.append(STRAY.charAt(random.nextInt(STRAY.length())));
                    default -> letters(random, id, random.nextInt(26));
                }
            }
            out.add(id.toString());
        }
        return out;
    }

    private static void digits(SplittableRandom random, StringBuilder id, int length) {
        for (int i = 0; i < length; i++) {
            id.append((char) ('0' + random.nextInt(10)));
        }
    }

    private static void letters(SplittableRandom random, StringBuilder id, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }
}
