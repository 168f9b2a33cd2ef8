package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.plan.EnvironmentKind;

import java.security.SecureRandom;

/** Random suffixes for run ids and test project names: 8 characters of {@code [a-z0-9]}. */
public final class RunIds {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * The project name a run uses: test and ci stacks get {@code <name>-<environment>-<suffix>} so that parallel
     * builds of one project never collide; dev and prod keep the name, so that they can be found again.
     */
    public static String projectName(String name, String environment, String suffix) {
        return EnvironmentKind.of(environment).isDisposable()
                ? name + "-" + environment + "-" + suffix : name;
    }
}
