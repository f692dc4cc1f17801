package dev.commsim.contract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds programs from seeds, letting the model steer each choice: same seed, same program. */
public final class Generator<S, C> {

    private final Spec<S, C> spec;

    public Generator(Spec<S, C> spec) {
        this.spec = spec;
    }

    public Program<S, C> program(long seed, C settings, int length) {
        SplittableRandom random = new SplittableRandom(seed);
        Model<S> model = spec.newModel(settings);
        List<S> steps = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            S step = spec.nextStep(model, random);
            model.expect(step);
            steps.add(step);
        }
        return new Program<>(seed, settings, steps);
    }

    /** The seeds of a campaign's programs, derived from one master seed. */
    public static long[] programSeeds(long masterSeed, int count) {
        SplittableRandom master = new SplittableRandom(masterSeed);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = master.nextLong();
        }
        return seeds;
    }
}
