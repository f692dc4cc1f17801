package dev.commsim.bench;

import java.util.SplittableRandom;

/**
 * One client's sequence of requests: weighted, seeded, and stateful where the world is, so every
 * request is one the simulator accepts (add then remove the same person, link then unlink the same
 * group). Weights in percent: list groups 15, get group 30, add/remove participant 20,
 * link/unlink 10, send text 25.
 */
final class Mix {
    static final String DESCRIPTION = "list groups 15%, get group 30%, add/remove participant 20%, "
            + "link/unlink 10%, send text 25%";

    private final SplittableRandom random;
    private boolean participantAdded;
    private boolean linked;

    Mix(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Op next() {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return Op.LIST_GROUPS;
        }
        if (roll < 45) {
            return Op.GET_GROUP;
        }
        if (roll < 65) {
            participantAdded = !participantAdded;
            return participantAdded ? Op.ADD_PARTICIPANT : Op.REMOVE_PARTICIPANT;
        }
        if (roll < 75) {
            linked = !linked;
            return linked ? Op.LINK : Op.UNLINK;
        }
        return Op.SEND_TEXT;
    }

    /** Which of a client's groups a GET reads. */
    int variant(int count) {
        return random.nextInt(count);
    }
}
