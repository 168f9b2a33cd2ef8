package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.LogsOptions;
import io.github.stackmaven.stack.service.StackServiceException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the output of the environment's running stack, each line prefixed with its service as compose does;
 * {@code -Dstack.logs.follow=true} keeps following until the services stop or Ctrl-C.
 */
@Mojo(name = "logs", threadSafe = true)
public class LogsMojo extends AbstractProjectMojo {

    /** Keep following new output. */
    @Parameter(property = "stack.logs.follow", defaultValue = "false")
    private boolean follow;

    /** Lines from the end of each service's log; -1 for all. */
    @Parameter(property = "stack.logs.tail", defaultValue = "-1")
    private int tail;

    /** Skips this goal. */
    @Parameter(property = "stack.logs.skip", defaultValue = "false")
    private boolean skipLogs;

    @Override
    protected String goal() {
        return "logs";
    }

    @Override
    protected String skipReason() {
        return skipLogs ? "stack.logs.skip" : super.skipReason();
    }

    @Override
    protected void run() throws StackServiceException {
        service().logs(settings(), new LogsOptions(follow, tail));
    }
}
