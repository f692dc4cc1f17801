package dev.commsim.simulator.world;

import java.util.Locale;

/**
 * What is wrong with one field of a command (R1, R6, R10): the world names the field its own way, and a
 * dialect whose users call it something else ({@code groupName}) puts its own name before {@code problem}.
 */
public record InputProblem(Field field, String problem) {

    public enum Field {
        SUBJECT, DESCRIPTION, PARTICIPANTS;

        /** The world's name of the field, as its refusal texts say it. */
        public String worldName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The problem in the world's words: {@code subject must not be empty}. */
    public String text() {
        return field.worldName() + " " + problem;
    }
}
