package io.github.stackmaven.stack.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The host where a service's published port is reached ({@code stack.<service>.host}), injected into a
 * {@code String} parameter or field of a {@link Stack} test: {@code @StackHost("db") String host}.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StackHost {

    /** The compose service. */
    String value();
}
