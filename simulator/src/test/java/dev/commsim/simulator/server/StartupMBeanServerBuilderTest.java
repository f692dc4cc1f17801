package dev.commsim.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line starts without the platform MBean server, and leaves JMX usable afterwards. */
class StartupMBeanServerBuilderTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(StartupMBeanServerBuilder.PROPERTY);
    }

    @Test
    void noMBeanServerCanBeBuiltWhileEngagedAndAnyCanAfterwards() {
        Runnable restore = StartupMBeanServerBuilder.engage();
        assertThatThrownBy(MBeanServerFactory::newMBeanServer).isInstanceOf(UnsupportedOperationException.class);

        restore.run();

        assertThat(System.getProperty(StartupMBeanServerBuilder.PROPERTY)).isNull();
        MBeanServer server = MBeanServerFactory.newMBeanServer();
        assertThat(server.getMBeanCount()).isPositive();
    }

    @Test
    void aBuilderTheUserChoseStaysInPlace() {
        System.setProperty(StartupMBeanServerBuilder.PROPERTY, MBeanServerBuilder.class.getName());

        StartupMBeanServerBuilder.engage().run();

        assertThat(System.getProperty(StartupMBeanServerBuilder.PROPERTY)).isEqualTo(MBeanServerBuilder.class.getName());
        assertThat(MBeanServerFactory.newMBeanServer().getMBeanCount()).isPositive();
    }

    @Test
    void aRefusedStartRestoresJmxToo() {
        int code = new CommandLine(new Main()).execute("--host", "0.0.0.0", "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(System.getProperty(StartupMBeanServerBuilder.PROPERTY)).isNull();
    }
}
