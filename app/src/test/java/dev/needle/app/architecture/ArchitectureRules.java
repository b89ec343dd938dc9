package dev.needle.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
        rules.put("services-see-ports", servicesSeePortsOnly());
        rules.put("no-threads", domainAndApplicationStartNoThreads());
        rules.put("adapters-skip-services", adaptersNeverUseServices());
        rules.put("package-cycles", packagesAreFreeOfCycles());
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
                "ezvcard..", "biweekly..", "org.apache.commons.csv..", "jakarta.mail..", "org.eclipse.angus..");
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

    /**
     * A service reaches other code through ports: never another application class that implements a
     * port (another service, the search index) and nothing of the index's package, so a service test
     * can stand any fake in and no service is welded to another's implementation. (Adapters are kept
     * out of the application ring by the rule "application".)
     */
    ArchRule servicesSeePortsOnly() {
        return classes().that().resideInAPackage(root + ".application.service..")
                .should(notDependOnImplementationsOfPorts())
                .allowEmptyShould(false);
    }

    private ArchCondition<JavaClass> notDependOnImplementationsOfPorts() {
        String application = root + ".application.";
        String ports = root + ".application.port.";
        String index = root + ".application.index";
        return new ArchCondition<>("depend on no application class that implements a port, and on nothing of the index") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean implementsPort = !target.isInterface() && target.getPackageName().startsWith(application)
                            && !target.getPackageName().startsWith(ports)
                            && target.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith(ports));
                    boolean inIndex = target.getPackageName().equals(index) || target.getPackageName().startsWith(index + ".");
                    if ((implementsPort || inIndex) && !topLevel(target).equals(topLevel(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** A nested class and its outer class are one unit: an import run may use its own service. */
    private static String topLevel(JavaClass javaClass) {
        String name = javaClass.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    /**
     * How work runs beside the caller is the composition root's choice (port.out.BackgroundWork): the
     * domain and the application start no thread, pool or timer of their own.
     */
    ArchRule domainAndApplicationStartNoThreads() {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat(startThreads())
                .orShould().callMethodWhere(DescribedPredicate.describe("a parallel stream",
                        (JavaMethodCall call) -> call.getName().equals("parallelStream")
                                || call.getName().equals("parallel") && call.getTargetOwner().isAssignableTo(java.util.stream.BaseStream.class)))
                .allowEmptyShould(false);
    }

    private static DescribedPredicate<JavaClass> startThreads() {
        return DescribedPredicate.describe("start threads (Thread, Executor, Timer, CompletableFuture)", target ->
                target.isAssignableTo(Thread.class) || target.isAssignableTo(java.util.concurrent.Executor.class)
                        || target.isEquivalentTo(java.util.concurrent.Executors.class)
                        || target.isAssignableTo(java.util.concurrent.ThreadFactory.class)
                        || target.isEquivalentTo(java.util.concurrent.CompletableFuture.class)
                        || target.isEquivalentTo(java.util.Timer.class));
    }

    /** Adapters drive the application through incoming ports; services and the index are wiring's business. */
    ArchRule adaptersNeverUseServices() {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".application.service..", root + ".application.index..")
                .allowEmptyShould(false);
    }

    /** A cycle between packages makes two packages one in all but name: neither can be read or changed alone. */
    ArchRule packagesAreFreeOfCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(false);
    }
}
