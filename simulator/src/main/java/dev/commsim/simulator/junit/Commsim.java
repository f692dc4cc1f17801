package dev.commsim.simulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a simulator for the annotated test class on a free loopback port, resets it (and reloads the
 * scenario) before each test, and injects {@link dev.commsim.simulator.admin.CommsimAdmin},
 * {@link dev.commsim.simulator.server.Simulator} or the base URL ({@code @CommsimUrl String}) into
 * test methods, constructors and lifecycle methods.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(CommsimExtension.class)
public @interface Commsim {
    int maxCommunityMembers() default 2000;

    int maxLinkedGroups() default 50;

    int maxGroupSize() default 1024;

    /** {@code orphans}, {@code all} or {@code none}. */
    String unlinkPolicy() default "orphans";

    boolean strictAuth() default false;

    long seed() default 1;

    /** A scenario name (see {@code GET /_sim/scenarios}) loaded before each test; empty for none. */
    String scenario() default "";

    /** One line per request on standard output (time, method, path, status, microseconds), for a failing test. */
    boolean logRequests() default false;
}
