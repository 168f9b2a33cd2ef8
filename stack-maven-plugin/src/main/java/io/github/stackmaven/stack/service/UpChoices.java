package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.plan.WaitMode;

import java.time.Duration;

/** The settings of {@code up}, validated: each bad value fails naming its property and what it accepts. */
record UpChoices(Duration timeout, WaitMode waitMode, boolean randomPorts, boolean buildAlways, boolean pullAlways) {

    static UpChoices of(StackSettings s) throws InvalidSettingException {
        Duration timeout = DurationParser.parse(s.timeout() == null ? "2m" : s.timeout(), "stack.timeout");
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
        return new UpChoices(timeout, mode, "random".equals(ports), always(s.build(), "stack.build"),
                always(s.pull(), "stack.pull"));
    }

    private static boolean always(String value, String property) throws InvalidSettingException {
        String v = value == null ? "missing" : value.trim();
        if (!"always".equals(v) && !"missing".equals(v)) {
            throw new InvalidSettingException(property, value, property + " is \"" + value
                    + "\"; expected missing (the default) or always");
        }
        return "always".equals(v);
    }
}
