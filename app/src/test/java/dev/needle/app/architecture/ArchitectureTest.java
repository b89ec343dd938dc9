package dev.needle.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Holds the real code of every module to the rules docs/architecture.md explains. */
class ArchitectureTest {
    private static JavaClasses needle;

    @BeforeAll
    static void importProductionClasses() {
        needle = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // DO_NOT_INCLUDE_TESTS knows test-classes folders, not the shared contract test-jar.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.needle");
    }

    @ParameterizedTest(name = "classes were imported from {0}")
    @ValueSource(strings = {
        "dev.needle.domain", "dev.needle.application", "dev.needle.adapter.persistence",
        "dev.needle.adapter.tui", "dev.needle.adapter.interchange", "dev.needle.app"})
    void everyModuleIsImported(String modulePackage) {
        // Without this, a wrong package name or classpath would make every rule pass on nothing.
        assertThat(needle.stream().map(JavaClass::getPackageName))
                .anyMatch(pkg -> pkg.equals(modulePackage) || pkg.startsWith(modulePackage + "."));
    }

    @Test
    void testClassesAreLeftOut() {
        assertThat(needle.stream().map(JavaClass::getName)).doesNotContain(ArchitectureTest.class.getName())
                .isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        Map<String, ArchRule> rules = ArchitectureRules.forRoot("dev.needle").all();
        return rules.entrySet().stream().map(rule ->
                DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(needle)));
    }
}
