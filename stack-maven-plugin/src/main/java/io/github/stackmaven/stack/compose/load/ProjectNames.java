package io.github.stackmaven.stack.compose.load;

import java.util.Locale;
import java.util.regex.Pattern;

/** Compose's project-name rules (compose-go {@code loader.NormalizeProjectName}, {@code cli/options.go}). */
public final class ProjectNames {

    private static final Pattern VALID = Pattern.compile("^[a-z0-9][a-z0-9_-]*$");

    private ProjectNames() {
    }

    /** Lower-case, keep {@code [a-z0-9_-]}, strip leading {@code _} and {@code -}. */
    public static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return lower.replaceFirst("^[_-]+", "");
    }

    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /** The message compose gives for a name passed with -p or COMPOSE_PROJECT_NAME that is not normalised. */
    public static String invalidMessage(String name) {
        return "invalid project name \"" + name + "\": must consist only of lowercase alphanumeric characters,"
                + " hyphens, and underscores as well as start with a letter or number";
    }
}
