package dev.commsim.simulator.world;

import java.util.function.Function;

/** The answer to a world command: a value, or a refusal that changed nothing (I6). */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Reason reason, String detail) implements Outcome<T> {
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

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        // Java 17 has no pattern matching in switch; instanceof keeps this exhaustive by hand.
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return ((Refused<T>) this).retype();
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }
}
