package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.plan.WaitMode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How one {@code up} runs.
 *
 * @param runId        unique per {@code up}; labels everything it creates
 * @param timeout      how long each service may take to become ready, counted from its container's start (its
 *                     image build or pull is not included); a healthcheck's {@code start_period} adds to it
 * @param extraLabels  labels added to every container, network and volume (for CI reapers, test harnesses)
 * @param logDir       where each service's output is written while it runs; null for nowhere
 * @param logLines     how many log lines a failure report shows per service
 * @param waitMode     what {@code up} waits for in services that set no {@code x-stack.wait}
 * @param settle       how long a service without a healthcheck must stay running before it counts as ready
 * @param probeHost    where published ports bound to all addresses are probed (the engine's host)
 * @param buildAlways  rebuild every service that has a {@code build:} section (compose's {@code up --build})
 * @param pullAlways   pull every image that is not built, even when the engine has it
 */
public record RunOptions(String runId, Owner owner, Duration timeout, Map<String, String> extraLabels, Path logDir,
                         int logLines, WaitMode waitMode, Duration settle, String probeHost, boolean buildAlways,
                         boolean pullAlways) {

    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(1);

    public RunOptions {
        extraLabels = Map.copyOf(extraLabels);
        waitMode = waitMode == null ? WaitMode.AUTO : waitMode;
        settle = settle == null ? DEFAULT_SETTLE : settle;
        probeHost = probeHost == null ? "127.0.0.1" : probeHost;
    }

    public RunOptions(String runId, Owner owner, Duration timeout, Map<String, String> extraLabels, Path logDir,
                      int logLines) {
        this(runId, owner, timeout, extraLabels, logDir, logLines, WaitMode.AUTO, DEFAULT_SETTLE, null, false, false);
    }

    public RunOptions withWait(WaitMode mode, Duration settleTime) {
        return new RunOptions(runId, owner, timeout, extraLabels, logDir, logLines, mode, settleTime, probeHost,
                buildAlways, pullAlways);
    }

    public RunOptions withProbeHost(String host) {
        return new RunOptions(runId, owner, timeout, extraLabels, logDir, logLines, waitMode, settle, host,
                buildAlways, pullAlways);
    }

    public RunOptions withImages(boolean build, boolean pull) {
        return new RunOptions(runId, owner, timeout, extraLabels, logDir, logLines, waitMode, settle, probeHost,
                build, pull);
    }
}
