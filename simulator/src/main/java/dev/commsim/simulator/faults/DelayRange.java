package dev.commsim.simulator.faults;

import java.util.Random;

/** A random delay, uniform from {@code min} to {@code max} milliseconds inclusive. */
record DelayRange(int min, int max) {

    long draw(Random random) {
        return min + (long) random.nextInt(max - min + 1);
    }
}
