package io.github.stackmaven.stack.junit;

import java.util.Map;

/**
 * The stack a {@link Stack} test runs against, injected as a parameter or field of this type: where each service
 * listens, whichever started it.
 */
public interface RunningStack {

    /** The compose project name ({@code docker compose -p <project> ps} shows it). */
    String project();

    /** The environment: {@code test}, {@code ci}, ... */
    String environment();

    /** True when this extension started the stack (and removes it); false when the Maven build did. */
    boolean startedByExtension();

    /** The host where {@code service}'s published ports are reached. */
    String host(String service);

    /** The host port of {@code service}'s first published port. */
    int port(String service);

    /** The host port published for {@code service}'s {@code containerPort}. */
    int port(String service, int containerPort);

    /** Every exported value: {@code stack.project}, {@code stack.<service>.host}, {@code stack.<service>.port...}. */
    Map<String, String> values();
}
