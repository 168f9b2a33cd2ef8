package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.docker.session.SessionDialer;
import io.github.stackmaven.stack.engine.EngineConnectionLostException;
import io.github.stackmaven.stack.engine.EngineEndpoint;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.EngineInfo;
import io.github.stackmaven.stack.engine.EngineTime;
import io.github.stackmaven.stack.engine.EngineUnreachableException;
import io.github.stackmaven.stack.engine.EngineUnreachableException.Attempt;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connects to the first candidate endpoint whose engine answers {@code GET /version}. Requests go to unversioned
 * paths, so the engine answers with its own (newest) API version; nothing is pinned.
 */
public final class DockerEngineConnector {
    /** Connecting to an endpoint; a remote engine that does not accept within this is reported as timed out. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The first answer; later calls have no response timeout because builds and log follows stream for long. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    /** Over ssh the first answer includes ssh's own connect ({@code ConnectTimeout=30}, as the docker CLI sets). */
    static final Duration SSH_PROBE_TIMEOUT = Duration.ofSeconds(SshCommand.CONNECT_TIMEOUT_SECONDS + 15);

    private static final String HINT = "Start a Docker-compatible engine (Docker, rootless Docker, Podman, Colima,"
            + " Rancher Desktop) or point DOCKER_HOST at one, e.g. DOCKER_HOST=unix:///run/user/1000/docker.sock or"
            + " DOCKER_HOST=tcp://host:2376 with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or"
            + " DOCKER_HOST=ssh://user@host.";

    private DockerEngineConnector() {
    }

    /**
     * Starts preparing BuildKit client sessions (grpc-java, Netty) on a thread of its own; for a build that will
     * likely open one, called before connecting.
     */
    public static void warmUpBuildSessions() {
        io.github.stackmaven.stack.engine.docker.session.DockerBuildSession.warmUp();
    }

    public static DockerEngineClient connect(List<EngineEndpoint> candidates, boolean explicit) {
        TransportLogging.quiet();
        List<Attempt> attempts = new ArrayList<>();
        for (EngineEndpoint endpoint : candidates) {
            if (endpoint.socketPath().isPresent() && !Files.exists(endpoint.socketPath().get())) {
                attempts.add(new Attempt(endpoint, "no such socket"));
                continue;
            }
            DockerHttpClient http = null;
            try {
                http = httpClient(endpoint);
                EngineTime time = new EngineTime();
                DockerHttpClient timed = new TimedHttpClient(http, time);
                DockerClient docker = DockerClientImpl.getInstance(config(endpoint, http), timed);
                EngineInfo info = probe(endpoint, docker, http instanceof SshDockerHttpClient ? SSH_PROBE_TIMEOUT
                        : PROBE_TIMEOUT);
                DockerHttpClient opened = http;
                return new DockerEngineClient(info, docker, timed, () -> sessionDialer(endpoint, opened), time);
            } catch (RuntimeException e) {
                String reason = http instanceof SshDockerHttpClient ssh
                        ? ssh.tunnel().failure(Duration.ofSeconds(5)).orElseGet(() -> DockerErrors.reason(e))
                        : e instanceof EngineException && e.getCause() == null ? e.getMessage() // ours, complete
                        : DockerErrors.reason(e);
                attempts.add(new Attempt(withoutPassword(endpoint), reason));
                closeQuietly(http);
            }
        }
        String hint = explicit ? "The engine selected by " + candidates.get(0).source() + " is used alone, as the"
                + " docker CLI does; fix or unset it, or start that engine. " + HINT : HINT;
        throw new EngineUnreachableException(attempts, hint);
    }

    /** The endpoint as an error may show it: a password in the URL (which ssh refuses anyway) is masked. */
    static EngineEndpoint withoutPassword(EngineEndpoint endpoint) {
        String userInfo = endpoint.host().getRawUserInfo();
        if (userInfo == null || !userInfo.contains(":")) {
            return endpoint;
        }
        String masked = endpoint.host().toString().replace(userInfo + "@",
                userInfo.substring(0, userInfo.indexOf(':')) + ":***@");
        return new EngineEndpoint(java.net.URI.create(masked), endpoint.source(), endpoint.tlsCertPath());
    }

    /**
     * Loads the classes of the failure paths (unreachable engine, lost connection) ahead of time: a shutdown hook
     * that meets such a failure must not die of {@code NoClassDefFoundError} while the JVM stops.
     */
    public static void loadFailureClasses() {
        EngineEndpoint nowhere = EngineEndpoint.of("unix:///nonexistent/stack-warm-up.sock", "warm-up");
        java.io.IOException cause = new java.net.SocketException("warm-up");
        String text = new EngineUnreachableException(List.of(new Attempt(nowhere, DockerErrors.reason(cause))), "")
                .getMessage() + new EngineConnectionLostException(nowhere.toString(), "warming up",
                String.valueOf(DockerErrors.isConnectionLost(cause)), cause).getMessage();
        // the engine's answers that docker-java turns into exceptions (a removal already in progress is a 409)
        List<Class<?>> answers = List.of(com.github.dockerjava.api.exception.NotFoundException.class,
                com.github.dockerjava.api.exception.ConflictException.class,
                com.github.dockerjava.api.exception.NotModifiedException.class,
                com.github.dockerjava.api.exception.BadRequestException.class,
                com.github.dockerjava.api.exception.InternalServerErrorException.class,
                com.github.dockerjava.api.exception.UnauthorizedException.class,
                com.github.dockerjava.api.exception.DockerClientException.class);
        for (Class<?> answer : answers) {
            try {
                Class.forName(answer.getName(), true, answer.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("unreachable");
        }
    }

    /** Raw connections for build sessions, to the same engine with the same TLS material as docker-java's. */
    private static SessionDialer sessionDialer(EngineEndpoint endpoint, DockerHttpClient http) {
        if (http instanceof SshDockerHttpClient ssh) {
            return new SessionDialer(ssh.tunnel().socket(), null);
        }
        if (endpoint.tls().isEmpty()) {
            return new SessionDialer(endpoint.host(), null);
        }
        try {
            return new SessionDialer(endpoint.host(), config(endpoint, null).getSSLConfig().getSSLContext());
        } catch (java.security.GeneralSecurityException e) {
            throw new io.github.stackmaven.stack.engine.BuildSessionRefusedException(
                    "cannot use the engine's TLS files in " + endpoint.tlsCertPath() + " for a build session: "
                            + e.getMessage(), e);
        }
    }

    private static DockerClientConfig config(EngineEndpoint endpoint, DockerHttpClient http) {
        // docker-java's config knows no ssh://; over ssh the client talks to the tunnel's local socket
        String host = http instanceof SshDockerHttpClient ssh ? ssh.tunnel().socket().toString()
                : endpoint.host().toString();
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host)
                .withDockerTlsVerify(endpoint.tls().isPresent());
        endpoint.tls().ifPresent(certs -> builder.withDockerCertPath(certs.toString()));
        return builder.build();
    }

    private static DockerHttpClient httpClient(EngineEndpoint endpoint) {
        if ("ssh".equals(endpoint.host().getScheme())) {
            return sshClient(endpoint);
        }
        return new ApacheDockerHttpClient.Builder()
                .dockerHost(endpoint.host())
                .sslConfig(config(endpoint, null).getSSLConfig())
                .maxConnections(64)
                .connectionTimeout(CONNECT_TIMEOUT)
                .build();
    }

    /** An ssh endpoint: ssh processes behind a private local socket, as the docker CLI's ssh connection helper. */
    private static DockerHttpClient sshClient(EngineEndpoint endpoint) {
        SshCommand command = SshCommand.of(endpoint.host(), endpoint.source(), System.getenv());
        SshTunnel tunnel;
        try {
            tunnel = SshTunnel.open(command);
        } catch (java.io.IOException e) {
            throw new EngineException("cannot open a local socket for the ssh connection: " + e.getMessage(), e);
        }
        DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(tunnel.socket())
                .maxConnections(64)
                .connectionTimeout(CONNECT_TIMEOUT)
                .build();
        return new SshDockerHttpClient(http, tunnel);
    }

    private static EngineInfo probe(EngineEndpoint endpoint, DockerClient docker, Duration timeout) {
        FutureTask<Version> call = new FutureTask<>(() -> docker.versionCmd().exec());
        Thread thread = new Thread(call, "stack-engine-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            Version v = call.get(timeout.toSeconds(), TimeUnit.SECONDS);
            return new EngineInfo(endpoint, product(v), v.getVersion(), v.getApiVersion(), v.getOperatingSystem(),
                    v.getArch());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new EngineException("no answer within " + timeout.toSeconds() + "s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new EngineException("failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted", e);
        }
    }

    private static String product(Version v) {
        List<VersionComponent> components = v.getComponents();
        if (components != null && !components.isEmpty() && components.get(0).getName() != null) {
            return components.get(0).getName();
        }
        return "Docker Engine";
    }

    private static void closeQuietly(DockerHttpClient http) {
        if (http != null) {
            try {
                http.close();
            } catch (IOException ignored) {
                // nothing to release beyond the connection pool
            }
        }
    }
}
