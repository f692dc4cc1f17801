package dev.commsim.simulator.world;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded source of every id the world hands out: the same seed and the same requests give the same
 * ids. Group ids are 18 digits starting {@code 120363} (rules.md, Ids), unique within the world.
 */
public final class IdSource {
    private static final String ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private final SplittableRandom random;
    private final Set<String> issuedGroupIds = new HashSet<>();

    public IdSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public String groupId() {
        while (true) {
            StringBuilder id = new StringBuilder("120363");
            for (int i = 0; i < 12; i++) {
                id.append((char) ('0' + random.nextInt(10)));
            }
            String candidate = id.toString();
            if (issuedGroupIds.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Marks an id as taken, for worlds loaded from outside. */
    public void reserveGroupId(String id) {
        issuedGroupIds.add(id);
    }

    public String inviteCode() {
        return alphanumeric(22);
    }

    public String alphanumeric(int length) {
        return draw(ALPHANUMERIC, length);
    }

    public String hex(int length) {
        return draw(HEX, length);
    }

    private String draw(String alphabet, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }
}
