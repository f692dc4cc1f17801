package dev.commsim.simulator.junit;

import dev.commsim.simulator.admin.CommsimAdmin;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The engine of {@link Commsim}: one simulator per test class, kept in the class's extension store so
 * JUnit closes it when the class is done; a reset to the annotated settings before each test.
 */
public final class CommsimExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CommsimExtension.class);

    /**
     * What a test class runs against; closed by JUnit with the class's store. Both interfaces: JUnit 5.13+
     * closes AutoCloseable values (and warns about a CloseableResource that is not one), older JUnit 5
     * only closes CloseableResource; each version closes it once.
     */
    private record Running(Simulator simulator, CommsimAdmin admin, Commsim config)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            simulator.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = running(context);
        Commsim config = running.config();
        running.admin().reset();
        running.admin().settings(Map.of(
                "maxCommunityMembers", config.maxCommunityMembers(),
                "maxLinkedGroups", config.maxLinkedGroups(),
                "maxGroupSize", config.maxGroupSize(),
                "unlinkPolicy", config.unlinkPolicy(),
                "strictAuth", config.strictAuth()));
        if (!config.scenario().isEmpty()) {
            running.admin().loadScenario(config.scenario());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == CommsimAdmin.class || type == Simulator.class
                || (parameter.isAnnotated(CommsimUrl.class) && (type == String.class || type == URI.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == CommsimAdmin.class) {
            return running.admin();
        }
        if (type == Simulator.class) {
            return running.simulator();
        }
        if (type == String.class) {
            return running.simulator().baseUrl();
        }
        if (type == URI.class) {
            return URI.create(running.simulator().baseUrl());
        }
        throw new ParameterResolutionException("Commsim cannot inject " + type);
    }

    /** The class-level simulator, started on first use (it may be needed by a constructor or @BeforeAll). */
    private static Running running(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        Commsim config = AnnotationSupport.findAnnotation(testClass, Commsim.class).orElseThrow(() ->
                new ExtensionConfigurationException(testClass.getName() + " needs @Commsim"));
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(config), Running.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static Running start(Commsim config) {
        Simulator simulator = Simulator.start(SimulatorSettings.defaults().withPort(0).withSeed(config.seed())
                .withMaxCommunityMembers(config.maxCommunityMembers())
                .withMaxLinkedGroups(config.maxLinkedGroups())
                .withMaxGroupSize(config.maxGroupSize())
                .withUnlinkPolicy(config.unlinkPolicy())
                .withStrictAuth(config.strictAuth())
                .withLogRequests(config.logRequests()));
        return new Running(simulator, new CommsimAdmin(simulator.baseUrl()), config);
    }
}
