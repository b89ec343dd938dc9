package dev.needle.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves each rule catches what it is meant to catch: run against the fixture root, every rule
 * reports its own deliberately broken classes, and no violation comes from any other class.
 */
class ArchitectureRulesBiteTest {
    private static final String FIXTURES = "fixture.needle";
    private static final Pattern ORIGIN = Pattern.compile("^[^<]*<([\\w.$]+)");

    /** Rule name → the fixture classes that break it (and nothing else does). */
    private static final Map<String, List<String>> BREAKERS = Map.ofEntries(
            Map.entry("domain", List.of("domain.DomainLogging")),
            Map.entry("application", List.of("application.service.ServiceKnowsAdapter")),
            Map.entry("adapters", List.of("adapter.tui.TuiUsingPersistence")),
            Map.entry("construction", List.of("tools.WiresItsOwnStore", "tools.OpensStoreByFactory")),
            Map.entry("persistence-libraries", List.of("domain.DomainUsingSql")),
            Map.entry("terminal-library", List.of("adapter.interchange.UsesLanterna")),
            Map.entry("yaml-library", List.of("adapter.tui.TuiReadingYaml")),
            Map.entry("format-libraries", List.of("app.AppWritingVcard", "app.AppSendingMail")),
            Map.entry("ssh-library", List.of("adapter.tui.TuiServingSsh")),
            Map.entry("incoming-ports", List.of("application.port.in.InUsingOut")),
            Map.entry("services-see-ports", List.of("application.service.ServiceTakesIndexedStore",
                    "application.service.ServiceCallsAnotherService")),
            Map.entry("no-threads", List.of("application.service.ServiceStartingThreads", "domain.ParallelTally")),
            Map.entry("adapters-skip-services", List.of("adapter.tui.TuiCallingService")),
            Map.entry("package-cycles", List.of("cycle")));

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void everyRuleHasFixtures() {
        assertThat(BREAKERS.keySet())
                .containsExactlyInAnyOrderElementsOf(ArchitectureRules.forRoot(FIXTURES).all().keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachRuleCatchesExactlyItsBreakers() {
        return ArchitectureRules.forRoot(FIXTURES).all().entrySet().stream().map(rule ->
                DynamicTest.dynamicTest(rule.getKey(), () -> {
                    List<String> breakers = BREAKERS.get(rule.getKey()).stream()
                            .map(name -> FIXTURES + "." + name).toList();
                    EvaluationResult result = rule.getValue().evaluate(fixtures);

                    assertThat(result.hasViolation()).as("rule %s is violated", rule.getKey()).isTrue();
                    List<String> details = result.getFailureReport().getDetails();
                    for (String breaker : breakers) {
                        assertThat(details).as("violations of %s", rule.getKey())
                                .anyMatch(detail -> comesFrom(detail, breaker));
                    }
                    for (String detail : details) {
                        assertThat(breakers).as("origin of: %s", detail)
                                .anyMatch(breaker -> comesFrom(detail, breaker));
                    }
                }));
    }

    @Test
    void aRuleWithNothingToCheckFails() {
        ArchRule rule = ArchitectureRules.forRoot("nowhere.needle").domainDependsOnlyOnJava();

        assertThatThrownBy(() -> rule.check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    /** A detail reads "Method <a.b.C.m()> calls ..."; the first name in angle brackets is the origin. */
    private static boolean comesFrom(String detail, String className) {
        return origin(detail)
                .filter(origin -> origin.equals(className) || origin.startsWith(className + ".")
                        || origin.startsWith(className + "$"))
                .isPresent();
    }

    private static Optional<String> origin(String detail) {
        Matcher matcher = ORIGIN.matcher(detail);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
