package dev.commsim.simulator.world;

/** Length rules for names and descriptions (R1, R6). */
final class Texts {
    private Texts() {
    }

    /** A refusal detail when the subject breaks R6's limits, or null when it is fine. */
    static String subjectProblem(String field, String subject) {
        if (subject == null || subject.isBlank()) {
            return field + " must not be empty";
        }
        if (subject.codePointCount(0, subject.length()) > WorldSettings.MAX_SUBJECT_LENGTH) {
            return field + " must be at most " + WorldSettings.MAX_SUBJECT_LENGTH + " characters";
        }
        return null;
    }

    static String descriptionProblem(String field, String description) {
        if (description != null
                && description.codePointCount(0, description.length()) > WorldSettings.MAX_DESCRIPTION_LENGTH) {
            return field + " must be at most " + WorldSettings.MAX_DESCRIPTION_LENGTH + " characters";
        }
        return null;
    }
}
