package dev.commsim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's packages stand in layers, read from the compiled classes: a package uses only packages
 * of lower layers, so its imports show no cycle and no upward arrow, and the world stays free of HTTP and JSON.
 * A new package must be given its layer here.
 */
class PackageDependencyTest {
    private static final String ROOT = "dev.commsim.simulator.";
    /** Lowest first; packages of one layer do not use each other. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("world", "http"),
            List.of("dialect"),
            List.of("control"),
            List.of("journal", "snapshot", "webhooks"),
            List.of("pipeline"),
            List.of("faults"),
            List.of("dialect.whapi", "dialect.zapi"),
            List.of("admin", "record"),
            List.of("server"),
            List.of("junit"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.commsim.simulator");
    }

    @Test
    void everyPackageHasALayer() {
        TreeSet<String> unplaced = new TreeSet<>();
        for (JavaClass type : classes) {
            if (layer(type) < 0) {
                unplaced.add(type.getPackageName());
            }
        }
        assertThat(unplaced).as("packages without a layer in PackageDependencyTest.LAYERS").isEmpty();
    }

    @Test
    void aPackageUsesOnlyPackagesBelowIt() {
        Map<String, TreeSet<String>> upward = new TreeMap<>();
        for (JavaClass origin : classes) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                boolean ours = target.getPackageName().startsWith(ROOT);
                boolean samePackage = target.getPackageName().equals(origin.getPackageName());
                if (ours && !samePackage && layer(target) >= layer(origin)) {
                    upward.computeIfAbsent(name(origin) + " -> " + name(target), arrow -> new TreeSet<>())
                            .add(origin.getSimpleName() + " uses " + target.getSimpleName());
                }
            }
        }
        assertThat(upward).as("arrows that point sideways or up between layers").isEmpty();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.commsim.simulator.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWorldKnowsNothingOfHttpOrJson() {
        noClasses().that().resideInAPackage(ROOT + "world")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "com.fasterxml..", "org.xnio..")
                .check(classes);
    }

    private static String name(JavaClass type) {
        return type.getPackageName().equals(ROOT.substring(0, ROOT.length() - 1)) ? ""
                : type.getPackageName().substring(ROOT.length());
    }

    private static int layer(JavaClass type) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(name(type))) {
                return i;
            }
        }
        return -1;
    }
}
