package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.plan.EnvironmentKind;

/**
 * The skip rules {@code up} and {@code down} share, so that a skipped {@code up} is never followed by a
 * {@code down} that acts (and the other way round): {@code stack.skip}; and, for the disposable test and ci
 * stacks that exist for the integration tests, {@code skipITs}, {@code skipTests} and {@code maven.test.skip}.
 */
public final class StackGoalSkips {
    private StackGoalSkips() {
    }

    public static String reason(boolean skip, boolean skipITs, boolean skipTests, boolean mavenTestSkip, String environment) {
        if (skip) {
            return "stack.skip";
        }
        boolean disposable = EnvironmentKind.of(environment).isDisposable();
        if (disposable && skipITs) {
            return "skipITs";
        }
        if (disposable && skipTests) {
            return "skipTests";
        }
        if (disposable && mavenTestSkip) {
            return "maven.test.skip";
        }
        return null;
    }
}
