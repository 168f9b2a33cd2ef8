package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.compose.PullPolicy;
import io.github.stackmaven.stack.images.BuildSessionMode;
import io.github.stackmaven.stack.plan.WaitMode;

import java.time.Duration;

/** The settings of {@code up}, validated: each bad value fails naming its property and what it accepts. */
record UpChoices(Duration timeout, WaitMode waitMode, boolean randomPorts, PullPolicy build, PullPolicy pull,
                 BuildSessionMode buildSession) {

    static UpChoices of(StackSettings s) throws InvalidSettingException {
        String timeoutText = s.timeout() == null ? "2m" : s.timeout();
        Duration timeout;
        try {
            timeout = Durations.parseSetting(timeoutText, "stack.timeout");
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("stack.timeout", timeoutText, e.getMessage());
        }
        WaitMode mode = WaitMode.parse(s.waitMode() == null ? "auto" : s.waitMode());
        if (mode == null) {
            throw new InvalidSettingException("stack.wait", s.waitMode(), "stack.wait is \"" + s.waitMode()
                    + "\"; expected " + WaitMode.CHOICES);
        }
        String ports = s.ports() == null ? "fixed" : s.ports().trim();
        if (!"fixed".equals(ports) && !"random".equals(ports)) {
            throw new InvalidSettingException("stack.ports", s.ports(), "stack.ports is \"" + s.ports()
                    + "\"; expected fixed (the default) or random");
        }
        BuildSessionMode session;
        try {
            session = BuildSessionMode.parse(s.buildSession() == null ? "auto" : s.buildSession());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("stack.buildSession", s.buildSession(), e.getMessage());
        }
        return new UpChoices(timeout, mode, "random".equals(ports), policy(s.build(), "stack.build"),
                policy(s.pull(), "stack.pull"), session);
    }

    /** {@code stack.build} rebuilds, {@code stack.pull} pulls: {@code missing} (the default) or {@code always}. */
    boolean buildAlways() {
        return build.is(PullPolicy.Kind.ALWAYS);
    }

    boolean pullAlways() {
        return pull.is(PullPolicy.Kind.ALWAYS);
    }

    private static PullPolicy policy(String value, String property) throws InvalidSettingException {
        String v = value == null ? "missing" : value.trim();
        PullPolicy parsed = "always".equals(v) ? PullPolicy.ALWAYS : "missing".equals(v) ? PullPolicy.MISSING : null;
        if (parsed == null) {
            throw new InvalidSettingException(property, value, property + " is \"" + value
                    + "\"; expected missing (the default) or always");
        }
        return parsed;
    }
}
