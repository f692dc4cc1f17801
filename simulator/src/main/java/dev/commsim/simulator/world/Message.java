package dev.commsim.simulator.world;

import java.util.List;

/**
 * A recorded message (R7). {@code chatId} is a group id or a person's phone. A failed message
 * carries the reason; it reached nobody.
 */
public record Message(
        String id,
        String secondaryId,
        String chatId,
        boolean toGroup,
        String from,
        String text,
        long timestampMillis,
        Status status,
        Reason failure,
        List<String> recipients) {

    public enum Status { SENT, FAILED }
}
