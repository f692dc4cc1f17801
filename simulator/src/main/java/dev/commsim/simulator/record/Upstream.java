package dev.commsim.simulator.record;

/** Where a recorder sends provider requests: a real provider, or (in tests) another simulator. */
public interface Upstream {

    /** The answer, or {@link UpstreamAnswer#failed} when none came; never throws for I/O. */
    UpstreamAnswer send(ProviderRequest request);

    /** For messages: the upstream's base URL. */
    String name();
}
