package dev.needle.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hexagon's dependency rules (docs/architecture.md), written once and aimed at a root package: the real
 * code lives under {@code dev.needle}, the deliberately broken fixtures under {@code fixture.needle}.
 * Every rule refuses to pass vacuously: a rule that checks no class fails.
 */
final class ArchitectureRules {
    private final String root;
    private final Adapters adapters;

    private ArchitectureRules(String root) {
        this.root = root;
        this.adapters = new Adapters(root);
    }

    static ArchitectureRules forRoot(String root) {
        return new ArchitectureRules(root);
    }

    /** Every rule by a short name, in the order of docs/architecture.md. */
    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain", domainDependsOnlyOnJava());
        rules.put("application", applicationDependsOnlyOnDomainAndJava());
        rules.put("adapters", adaptersDoNotDependOnEachOther());
        rules.put("construction", onlyAppConstructsAdapters());
        rules.put("persistence-libraries", persistenceLibrariesStayInPersistence());
        rules.put("terminal-library", terminalLibraryStaysInTui());
        rules.put("yaml-library", yamlLibraryStaysInInterchangeOrApp());
        rules.put("format-libraries", formatLibrariesStayInInterchange());
        rules.put("ssh-library", sshLibraryStaysInServe());
        rules.put("incoming-ports", incomingPortsIgnoreOutgoingPortsAndServices());
        return rules;
    }

    ArchRule domainDependsOnlyOnJava() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .allowEmptyShould(false);
    }

    ArchRule applicationDependsOnlyOnDomainAndJava() {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
                .allowEmptyShould(false);
    }

    // Phrased over every class under the root, so the rule has subjects even while an adapter
    // package is still empty; the condition itself only looks at adapter classes.
    ArchRule adaptersDoNotDependOnEachOther() {
        return classes().that().resideInAPackage(root + "..")
                .should(adapters.notDependOnAnotherAdapter())
                .allowEmptyShould(false);
    }

    ArchRule onlyAppConstructsAdapters() {
        return classes().that().resideInAPackage(root + "..")
                .should(adapters.notCreateAdaptersOutside(root + ".app"))
                .allowEmptyShould(false);
    }

    ArchRule persistenceLibrariesStayInPersistence() {
        return libraryConfinedTo(new String[] {root + ".adapter.persistence.."},
                "org.jdbi..", "java.sql..", "javax.sql..", "org.h2..", "org.postgresql..", "org.flywaydb..");
    }

    ArchRule terminalLibraryStaysInTui() {
        return libraryConfinedTo(new String[] {root + ".adapter.tui.."}, "com.googlecode.lanterna..");
    }

    /** The app may read its own YAML configuration; everything else goes through interchange. */
    ArchRule yamlLibraryStaysInInterchangeOrApp() {
        return libraryConfinedTo(new String[] {root + ".adapter.interchange..", root + ".app.."},
                "com.fasterxml.jackson..", "org.yaml.snakeyaml..");
    }

    ArchRule formatLibrariesStayInInterchange() {
        return libraryConfinedTo(new String[] {root + ".adapter.interchange.."},
                "ezvcard..", "biweekly..", "org.apache.commons.csv..");
    }

    /** The SSH server composes sessions out of adapters, which only the app may do; so it lives there. */
    ArchRule sshLibraryStaysInServe() {
        return libraryConfinedTo(new String[] {root + ".app.serve.."}, "org.apache.sshd..");
    }

    ArchRule incomingPortsIgnoreOutgoingPortsAndServices() {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".application.port.out..", root + ".application.service..")
                .allowEmptyShould(false);
    }

    private ArchRule libraryConfinedTo(String[] allowedPackages, String... libraryPackages) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(allowedPackages)
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
                .allowEmptyShould(false);
    }
}
