package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test class against the project's compose stack. When the Maven build already started the
 * environment's stack ({@code stack:up} before failsafe), the tests use it and leave it to {@code stack:down}; when
 * the tests run alone (IDE, {@code mvn failsafe:integration-test}), the extension starts the same environment from
 * the same compose files and removes it when the test run ends. Hosts and ports reach the tests through
 * {@link StackHost}, {@link StackPort} and {@link RunningStack} parameters or fields.
 * <p>Every attribute left empty takes the build's meaning: the system properties {@code stack.environment},
 * {@code stack.files}, {@code stack.services}, else the environment {@code test} and the plugin's file discovery in
 * the module's directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StackExtension.class)
public @interface Stack {

    /** {@code test} (the default), {@code ci}, or any environment the compose files define. */
    String environment() default "";

    /** Explicit compose files, relative to the module's directory; wins over discovery. */
    String[] files() default {};

    /** Only these services (and what they depend on). */
    String[] services() default {};
}
