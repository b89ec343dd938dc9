package dev.needle.app.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaConstructorReference;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaMethodReference;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/** Knows which adapter a class belongs to, and the two conditions that need that knowledge. */
final class Adapters {
    private final String adapterPrefix;

    Adapters(String root) {
        this.adapterPrefix = root + ".adapter.";
    }

    /** The adapter's name ({@code persistence}, {@code tui}, ...), or empty outside the adapters. */
    Optional<String> adapterOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(adapterPrefix)) {
            return Optional.empty();
        }
        String rest = pkg.substring(adapterPrefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    ArchCondition<JavaClass> notDependOnAnotherAdapter() {
        return new ArchCondition<>("not depend on an adapter other than their own") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = adapterOf(origin);
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = adapterOf(dependency.getTargetClass());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Constructing an adapter is wiring, and wiring is the composition root's job alone. */
    ArchCondition<JavaClass> notCreateAdaptersOutside(String appPackage) {
        return new ArchCondition<>("not construct adapters unless in " + appPackage
                + " or in the adapter itself") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (isIn(origin, appPackage)) {
                    return;
                }
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    Optional<String> target = adapterOf(access.getTargetOwner());
                    if (target.isPresent() && !target.equals(adapterOf(origin)) && creates(access)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isIn(JavaClass javaClass, String pkg) {
        String name = javaClass.getPackageName();
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }

    /** A constructor, or a static method (a factory), called or referenced. */
    private static boolean creates(JavaAccess<?> access) {
        if (access instanceof JavaConstructorCall || access instanceof JavaConstructorReference) {
            return true;
        }
        if (access instanceof JavaMethodCall call) {
            return call.getTarget().resolveMember()
                    .map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
        }
        if (access instanceof JavaMethodReference reference) {
            return reference.getTarget().resolveMember()
                    .map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
        }
        return false;
    }
}
