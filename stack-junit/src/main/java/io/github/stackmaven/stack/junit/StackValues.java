package io.github.stackmaven.stack.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Set;

/** What a parameter or field asks of the stack ({@link StackHost}, {@link StackPort}, {@link RunningStack}). */
final class StackValues {
    private static final Set<Class<?>> PORT_TYPES = Set.of(int.class, Integer.class, long.class, Long.class,
            String.class);

    private StackValues() {
    }

    static boolean wanted(AnnotatedElement element, Class<?> type) {
        return element.isAnnotationPresent(StackHost.class) || element.isAnnotationPresent(StackPort.class)
                || RunningStack.class.equals(type);
    }

    /**
     * The value for {@code element} of {@code type}.
     *
     * @throws IllegalArgumentException when the type does not fit the annotation or the service publishes no such
     *                                  port; the message names the element and the service
     */
    static Object value(AnnotatedElement element, Class<?> type, RunningStack stack, String name) {
        StackHost host = element.getAnnotation(StackHost.class);
        if (host != null) {
            require(type == String.class, "@StackHost(\"" + host.value() + "\") " + name + " must be a String, not "
                    + type.getSimpleName());
            return stack.host(host.value());
        }
        StackPort port = element.getAnnotation(StackPort.class);
        if (port != null) {
            require(PORT_TYPES.contains(type), "@StackPort(\"" + port.value() + "\") " + name + " must be an int,"
                    + " Integer, long, Long or String, not " + type.getSimpleName());
            int p = port.containerPort() > 0 ? stack.port(port.value(), port.containerPort()) : stack.port(port.value());
            if (type == String.class) {
                return Integer.toString(p);
            }
            return type == long.class || type == Long.class ? (Object) (long) p : (Object) p;
        }
        require(RunningStack.class.equals(type), name + " asks for nothing the stack offers");
        return stack;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
