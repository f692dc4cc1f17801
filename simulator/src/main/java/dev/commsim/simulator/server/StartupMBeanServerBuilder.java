package dev.commsim.simulator.server;

import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/**
 * Keeps XNIO from building the JVM's platform MBean server while the command line starts the simulator.
 * XNIO registers every worker as an MBean and copes with not being able to (it then gets a no-op handle),
 * while building the platform MBean server loads ~170 JDK classes and introspects every platform MXBean:
 * about a quarter of a cold start's CPU. Only the command line uses this: an embedded simulator leaves
 * its host JVM's JMX alone. Once started, the JVM builds its MBean server as usual when asked (jconsole,
 * {@code jcmd <pid> ManagementAgent.start}); only XNIO's worker MBeans are missing.
 */
public final class StartupMBeanServerBuilder extends MBeanServerBuilder {
    static final String PROPERTY = "javax.management.builder.initial";

    /** Called by {@link javax.management.MBeanServerFactory} through the {@value #PROPERTY} property. */
    public StartupMBeanServerBuilder() {
    }

    @Override
    public MBeanServerDelegate newMBeanServerDelegate() {
        throw new UnsupportedOperationException("no MBean server while Commsim starts");
    }

    /**
     * Until the returned action runs, building an MBean server fails. A builder the user chose with
     * {@code -Djavax.management.builder.initial} is left in place.
     */
    static Runnable engage() {
        if (System.getProperty(PROPERTY) != null) {
            return () -> { };
        }
        System.setProperty(PROPERTY, StartupMBeanServerBuilder.class.getName());
        return () -> System.clearProperty(PROPERTY);
    }
}
