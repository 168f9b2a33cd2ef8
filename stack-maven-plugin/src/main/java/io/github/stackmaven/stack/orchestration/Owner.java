package io.github.stackmaven.stack.orchestration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The process that created a stack, as {@code host:pid} in the {@code io.github.stackmaven.owner} label. A test
 * stack whose owner is gone (killed build, crashed JVM) is swept by the next {@code up} on that engine.
 */
public record Owner(String host, long pid) {

    /** Liveness of an owner, as far as this machine can tell. */
    public enum Liveness { ALIVE, GONE, UNKNOWN }

    private static final String LOCAL_HOST = localHostName();

    public static Owner current() {
        return new Owner(LOCAL_HOST, ProcessHandle.current().pid());
    }

    /** Parses a label value; empty for a value this plugin did not write. */
    public static Optional<Owner> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        int colon = label.lastIndexOf(':');
        if (colon <= 0 || colon == label.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(label.substring(0, colon), Long.parseLong(label.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A process on another host cannot be checked from here: UNKNOWN, and such stacks are never swept. */
    public Liveness liveness() {
        if (!LOCAL_HOST.equals(host)) {
            return Liveness.UNKNOWN;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? Liveness.ALIVE : Liveness.GONE;
    }

    public String label() {
        return host + ":" + pid;
    }

    @Override
    public String toString() {
        return label();
    }

    private static String localHostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
