package dev.needle.adapter.persistence.jdbi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Puts a store behind its port so that whatever it throws passes through one translation on its way
 * out: a full disk or a closed database becomes the application's own exception, at every method of
 * every store, without a try in each. A proxy, because the ports have dozens of methods between them
 * and a hand-written wrapper for each would be the same three lines over and over.
 */
final class TranslatedPorts {
    private TranslatedPorts() {
    }

    static <P> P of(Class<P> port, P store, Function<RuntimeException, RuntimeException> translate) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException thrown) {
                Throwable failure = thrown.getCause();
                throw failure instanceof RuntimeException runtime ? translate.apply(runtime) : failure;
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }
}
