package dev.commsim.simulator.world;

import java.util.function.Function;

/** The answer to a world command: a value, or a refusal that changed nothing (I6). */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    /**
     * A refusal: its reason, a short explanation in the world's words ({@code detail}, possibly empty), and
     * for malformed input the field at fault ({@code input}, else null), for a dialect to name in its own words.
     */
    record Refused<T>(Reason reason, String detail, InputProblem input) implements Outcome<T> {
        public Refused(Reason reason, String detail) {
            this(reason, detail, null);
        }

        /** The same refusal, typed for a caller that expected another value. */
        @SuppressWarnings("unchecked")
        public <U> Refused<U> retype() {
            return (Refused<U>) this;
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> refused(Reason reason) {
        return new Refused<>(reason, "");
    }

    static <T> Outcome<T> refused(Reason reason, String detail) {
        return new Refused<>(reason, detail);
    }

    /** Malformed input, named by its field. */
    static <T> Outcome<T> invalid(InputProblem problem) {
        return new Refused<>(Reason.INVALID_INPUT, problem.text(), problem);
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        // Java 17 has no pattern matching in switch; instanceof keeps this exhaustive by hand.
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return ((Refused<T>) this).retype();
    }

    /** The next command on this one's value; a refusal passes through unchanged. */
    default <U> Outcome<U> flatMap(Function<? super T, ? extends Outcome<U>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        return ((Refused<T>) this).retype();
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }
}
