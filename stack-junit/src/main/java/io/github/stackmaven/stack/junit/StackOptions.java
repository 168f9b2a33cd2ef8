package io.github.stackmaven.stack.junit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What stack a test class asks for, resolved once: the {@link Stack} annotation's attributes, else the system
 * properties a Maven build (failsafe) or an IDE run configuration passes, named as the plugin's parameters
 * ({@code stack.environment}, {@code stack.files}, {@code stack.services}, {@code stack.profiles},
 * {@code stack.projectName}, {@code stack.directory}, {@code stack.timeout}, {@code stack.labels},
 * {@code stack.dockerHost}, and {@code stack.variables.NAME} for the POM's {@code <variables>}), else the plugin's
 * defaults. Two classes that resolve to equal {@link #key()}s share one stack.
 *
 * @param basedir   the module's directory: failsafe's {@code basedir}, else the working directory
 * @param directory where the compose files live ({@code stack.directory}, relative to {@code basedir})
 * @param timeout   {@code stack.timeout} as written, or null for the goals' default; the service validates it
 * @param labels    {@code stack.labels} as written ({@code key=value,...}), or null; the service validates them
 * @param variables values for {@code ${VAR}} that act as if set in the environment, which wins over them
 */
record StackOptions(Path basedir, Path directory, String environment, List<String> files, List<String> services,
                    List<String> profiles, String projectName, String timeout, String labels,
                    String dockerHost, Map<String, String> variables) {

    static final String VARIABLE = "stack.variables.";

    /** The identity of a stack: classes asking for the same one share it within a run. */
    record Key(Path directory, String environment, List<String> files, List<String> services,
               List<String> profiles, String projectName) {
    }

    static StackOptions resolve(Stack annotation, Properties system) {
        Path basedir = Path.of(first(system.getProperty("basedir"), system.getProperty("user.dir"), "."))
                .toAbsolutePath().normalize();
        String dir = blankToNull(system.getProperty("stack.directory"));
        Path directory = dir == null ? basedir : basedir.resolve(dir).normalize();
        String environment = first(annotation == null ? null : blankToNull(annotation.environment()),
                system.getProperty("stack.environment"), "test").trim();
        List<String> files = annotation != null && annotation.files().length > 0 ? list(annotation.files())
                : split(system.getProperty("stack.files"));
        List<String> services = annotation != null && annotation.services().length > 0 ? list(annotation.services())
                : split(system.getProperty("stack.services"));
        String profiles = blankToNull(system.getProperty("stack.profiles"));
        return new StackOptions(basedir, directory, environment, files, services,
                profiles == null ? null : split(profiles), blankToNull(system.getProperty("stack.projectName")),
                blankToNull(system.getProperty("stack.timeout")), blankToNull(system.getProperty("stack.labels")),
                blankToNull(system.getProperty("stack.dockerHost")), variables(system));
    }

    Key key() {
        return new Key(directory, environment, files, services, profiles, projectName);
    }

    /** {@code <basedir>/target/stack}: where {@code up} records the stack and writes its logs. */
    Path stackDir() {
        return basedir.resolve("target").resolve("stack");
    }

    private static Map<String, String> variables(Properties system) {
        Map<String, String> out = new TreeMap<>();
        for (String key : system.stringPropertyNames()) {
            String value = system.getProperty(key);
            // an empty or unresolved value leaves .env and the files' defaults in charge, as <variables> does
            if (key.startsWith(VARIABLE) && key.length() > VARIABLE.length() && !value.isEmpty()
                    && !value.contains("${")) {
                out.put(key.substring(VARIABLE.length()), value);
            }
        }
        return out;
    }

    private static List<String> list(String[] values) {
        return Arrays.stream(values).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    static List<String> split(String text) {
        return text == null ? List.of() : list(text.split(","));
    }

    private static String first(String... values) {
        return Arrays.stream(values).filter(v -> blankToNull(v) != null).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
