package dev.commsim.simulator.faults;

/** A value read from a control-plane body, or the problem that names the field at fault (answered as 400). */
sealed interface Validated<T> {
    record Valid<T>(T value) implements Validated<T> {
    }

    record Invalid<T>(String problem) implements Validated<T> {
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> invalid(String problem) {
        return new Invalid<>(problem);
    }
}
