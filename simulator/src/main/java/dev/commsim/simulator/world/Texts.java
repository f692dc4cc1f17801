package dev.commsim.simulator.world;

/** Length rules for names and descriptions (R1, R6). */
final class Texts {
    private Texts() {
    }

    /** What is wrong with a subject under R6's limits ("must not be empty"), or null when it is fine. */
    static String subjectProblem(String subject) {
        if (subject == null || subject.isBlank()) {
            return "must not be empty";
        }
        if (subject.codePointCount(0, subject.length()) > WorldSettings.MAX_SUBJECT_LENGTH) {
            return "must be at most " + WorldSettings.MAX_SUBJECT_LENGTH + " characters";
        }
        return null;
    }

    static String descriptionProblem(String description) {
        if (description != null
                && description.codePointCount(0, description.length()) > WorldSettings.MAX_DESCRIPTION_LENGTH) {
            return "must be at most " + WorldSettings.MAX_DESCRIPTION_LENGTH + " characters";
        }
        return null;
    }

    /** The first problem of a subject (when given) and a description, or null. */
    static InputProblem infoProblem(String subject, boolean subjectRequired, String description) {
        String problem = subject != null || subjectRequired ? subjectProblem(subject) : null;
        if (problem != null) {
            return new InputProblem(InputProblem.Field.SUBJECT, problem);
        }
        problem = descriptionProblem(description);
        return problem == null ? null : new InputProblem(InputProblem.Field.DESCRIPTION, problem);
    }
}
