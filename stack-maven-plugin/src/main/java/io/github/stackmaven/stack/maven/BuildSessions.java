package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.StackSession;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@link StackSession} of each Maven build. A build is one {@link MavenSession}: the plugin context is per
 * project (so {@code up} in one module and {@code down} in another would not share it) and a static would outlive
 * the build in a Maven daemon (mvnd). So the sessions are keyed weakly by the build's
 * {@link MavenExecutionRequest} (a parallel build clones the {@code MavenSession} per project; the clones share
 * the request), and each is closed when Maven reports {@code SessionEnded}, also after a failed build: the build's execution listener is
 * wrapped once to hear it (Maven reads the listener from the request at every event). Should that event never
 * come (an embedder without it), the test stacks are still removed by the JVM's shutdown hook.
 */
final class BuildSessions {
    private static final Map<MavenExecutionRequest, StackSession> SESSIONS = new WeakHashMap<>();

    private BuildSessions() {
    }

    static synchronized StackSession of(MavenSession build) {
        MavenExecutionRequest request = build.getRequest();
        StackSession session = SESSIONS.get(request);
        if (session == null) {
            session = new StackSession();
            SESSIONS.put(request, session);
            closeAtEnd(request);
        }
        return session;
    }

    private static void closeAtEnd(MavenExecutionRequest request) {
        ExecutionListener previous = request.getExecutionListener();
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return previous == null || method.getDeclaringClass() == Object.class
                        ? objectMethod(proxy, method.getName(), args) : method.invoke(previous, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if ("sessionEnded".equals(method.getName())) {
                    ended(request);
                }
            }
        };
        request.setExecutionListener((ExecutionListener) Proxy.newProxyInstance(
                BuildSessions.class.getClassLoader(), new Class<?>[] {ExecutionListener.class}, handler));
    }

    private static Object objectMethod(Object proxy, String name, Object[] args) {
        return switch (name) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "stack-session-listener";
            default -> null;
        };
    }

    private static void ended(MavenExecutionRequest request) {
        StackSession session;
        synchronized (BuildSessions.class) {
            session = SESSIONS.remove(request);
        }
        if (session != null) {
            session.close();
        }
    }
}
