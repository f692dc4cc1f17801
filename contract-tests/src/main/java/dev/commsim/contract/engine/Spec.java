package dev.commsim.contract.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What the engine needs to know about a domain. The engine itself knows nothing about communities:
 * the same runner, shrinker and replay files serve the contract and the engine's own toy tests.
 *
 * @param <S> a step of a program (a record over handles, serialisable with Jackson)
 * @param <C> the settings a program runs under (limits, policies)
 */
public interface Spec<S, C> {

    /** A fresh reference model for one program. */
    Model<S> newModel(C settings);

    /** The next step of a program, chosen by looking at the model's current state. */
    S nextStep(Model<S> model, SplittableRandom random);

    /** Simpler variants of one step (fewer participants, shorter names), simplest first. */
    List<S> simplifications(S step);

    /** A short name of the step's action, used in counts and failure signatures. */
    String actionOf(S step);

    /** A short label of an outcome (expected or observed), used in counts. */
    String outcomeLabel(Object outcome);

    Class<S> stepType();

    Class<C> settingsType();
}
