package io.github.stackmaven.stack.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The host port of a service, injected into an {@code int} (or {@code Integer}, {@code String}) parameter or field
 * of a {@link Stack} test: {@code @StackPort("db") int port} is the first published port
 * ({@code stack.db.port}); {@code @StackPort(value = "db", containerPort = 5432)} the one published for that
 * container port ({@code stack.db.port.5432}).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StackPort {

    /** The compose service. */
    String value();

    /** The container port whose host port is wanted; 0 (the default) means the service's first published port. */
    int containerPort() default 0;
}
