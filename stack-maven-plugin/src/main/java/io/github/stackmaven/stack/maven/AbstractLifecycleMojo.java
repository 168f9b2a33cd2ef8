package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.StackGoalSkips;
import io.github.stackmaven.stack.service.StackService;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code up} and {@code down}: the pair around the integration tests. They share their skip rules so that a skipped
 * {@code up} is never followed by a {@code down} that acts: {@code stack.skip}; and, for the disposable test and ci
 * stacks that exist for the integration tests, {@code skipITs}, {@code skipTests} and {@code maven.test.skip}.
 */
public abstract class AbstractLifecycleMojo extends AbstractProjectMojo {

    /** Skips test and ci stacks, as failsafe does. */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    /** Skips test and ci stacks, as surefire and failsafe do. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Skips test and ci stacks, as surefire and failsafe do. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /** This goal's own switch ({@code stack.up.skip}, {@code stack.down.skip}). */
    protected abstract boolean skipGoal();

    /** Only the lifecycle goals run without being asked for, so only they point at the switch that avoids them. */
    @Override
    protected String unreachableHint() {
        return StackService.isDisposable(environment)
                ? " To build without the integration tests (and so without this stack), add -DskipITs." : "";
    }

    @Override
    protected final String skipReason() {
        String reason = StackGoalSkips.reason(skip, skipITs, skipTests, mavenTestSkip, environment);
        return reason != null ? reason : skipGoal() ? "stack." + goal() + ".skip" : null;
    }
}
