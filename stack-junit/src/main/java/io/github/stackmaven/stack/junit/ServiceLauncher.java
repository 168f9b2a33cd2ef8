package io.github.stackmaven.stack.junit;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.service.StackService;
import io.github.stackmaven.stack.service.StackServiceException;
import io.github.stackmaven.stack.service.StackSession;
import io.github.stackmaven.stack.service.UpResult;

import java.util.Map;

/**
 * Starts and removes stacks through {@link StackService}, as the {@code up} and {@code down} goals do: the same
 * run ids and labels, the sweep of dead builds, the cleanup on Ctrl-C, the failure report and the log lines after
 * failed tests. Each stack it starts has a {@link StackSession} of its own, closed when the stack is removed.
 */
final class ServiceLauncher implements StackLauncher {
    private final EventSink events;

    ServiceLauncher(EventSink events) {
        this.events = events;
    }

    @Override
    public boolean isRunning(StackOptions options, String project) {
        try (StackSession session = new StackSession()) {
            return new StackService(session, EventSink.NONE)
                    .isRunning(new ExtensionSettings(options, project, false), project);
        } catch (StackServiceException e) {
            throw new StackStartException(e.getMessage(), e);
        }
    }

    @Override
    public Launched up(StackOptions options) {
        if (!StackService.isDisposable(options.environment())) {
            // a dev or prod stack holds someone's data: the extension reuses one Maven started, never starts or
            // removes one (up would adopt the running containers, and the run's end would remove them)
            throw new StackStartException("No running " + options.environment() + " stack to reuse (none recorded"
                    + " in target/stack/" + options.environment() + ".properties or the stack.* properties); the"
                    + " extension starts only test and ci stacks: start it with mvn stack:up -Dstack.environment="
                    + options.environment() + ", or test against -Dstack.environment=test");
        }
        StackSession session = new StackSession();
        try {
            UpResult result = new StackService(session, events).up(new ExtensionSettings(options));
            return new Started(session, options, result.exports(), events);
        } catch (StackServiceException e) {
            session.close();
            throw new StackStartException(e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            session.close(); // removes what the up registered for cleanup
            throw e;
        }
    }

    /** A stack started here; {@link #down} removes it and ends its session. */
    private record Started(StackSession session, StackOptions options, Map<String, String> values,
                           EventSink events) implements Launched {

        @Override
        public void down(boolean testsFailed) {
            try {
                new StackService(session, events).down(new ExtensionSettings(options, null, testsFailed));
            } catch (StackServiceException e) {
                throw new StackStartException("Removing the stack failed: " + e.getMessage(), e);
            } finally {
                session.close(); // a stack down could not remove is removed by the session's cleanup
            }
        }
    }
}
