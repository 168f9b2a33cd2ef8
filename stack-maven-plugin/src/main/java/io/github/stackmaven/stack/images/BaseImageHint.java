package io.github.stackmaven.stack.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a build that failed because a base image could not be pulled, and finds what in the Dockerfile names
 * that image: the build arg in its {@code FROM} ({@code ARG JDK_IMAGE=...} then {@code FROM ${JDK_IMAGE}}), so the
 * message can say which value replaces it, or the literal {@code FROM} line when no arg does.
 */
public final class BaseImageHint {

    /**
     * The image that failed to pull, and the build arg whose value it is (null when the {@code FROM} names it
     * literally).
     */
    public record Found(String image, String arg) {
    }

    /** BuildKit's step for a base image, {@code [internal] load metadata for docker.io/library/x:1}. */
    private static final Pattern METADATA_STEP = Pattern.compile("\\[internal] load metadata for (\\S+)");
    /** BuildKit's error when it cannot reach or find the image. */
    private static final Pattern RESOLVE_ERROR = Pattern.compile("failed to resolve source metadata for (\\S+?): ");
    /** The classic builder's first step, {@code Step 1/5 : FROM x AS y}. */
    private static final Pattern CLASSIC_FROM = Pattern.compile("Step \\d+/\\d+ : FROM (?:--platform=\\S+ )?(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARG = Pattern.compile("(?i)^\\s*ARG\\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(\\S*))?\\s*$");
    private static final Pattern FROM = Pattern.compile("(?i)^\\s*FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    private BaseImageHint() {
    }

    /**
     * @param step       the failing step as the build printed it, or null
     * @param error      the engine's error
     * @param dockerfile the Dockerfile's text
     * @param args       the build args the build was given
     */
    public static Optional<Found> of(String step, String error, String dockerfile, Map<String, String> args) {
        String image = failedImage(step, error);
        if (image == null) {
            return Optional.empty();
        }
        Map<String, String> defaults = new java.util.HashMap<>();
        List<String> froms = new ArrayList<>(); // the image of each FROM as written
        for (String line : dockerfile.split("\\R")) {
            Matcher a = ARG.matcher(line);
            if (a.matches() && a.group(2) != null) {
                defaults.putIfAbsent(a.group(1), unquote(a.group(2)));
            }
            Matcher f = FROM.matcher(line);
            if (f.find()) {
                froms.add(f.group(1));
            }
        }
        String wanted = normalise(image);
        for (String from : froms) {
            Matcher v = VARIABLE.matcher(from);
            while (v.find()) {
                String name = v.group(1);
                String value = args.containsKey(name) ? args.get(name) : defaults.get(name);
                if (value != null && normalise(from.replace(v.group(), value)).equals(wanted)) {
                    return Optional.of(new Found(shortName(image), name));
                }
            }
        }
        return Optional.of(new Found(shortName(image), null));
    }

    private static String failedImage(String step, String error) {
        if (step != null) {
            Matcher m = METADATA_STEP.matcher(step);
            if (m.find()) {
                return m.group(1);
            }
            m = CLASSIC_FROM.matcher(step);
            if (m.find() && error != null && looksLikePullFailure(error)) {
                return m.group(1);
            }
        }
        if (error != null) {
            Matcher m = RESOLVE_ERROR.matcher(error);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean looksLikePullFailure(String error) {
        String e = error.toLowerCase(Locale.ROOT);
        return e.contains("pull access denied") || e.contains("manifest") || e.contains("not found")
                || e.contains("no such host") || e.contains("connection refused") || e.contains("unauthorized")
                || e.contains("i/o timeout");
    }

    /** {@code docker.io/library/x:1} and {@code x:1} are the same image; a missing tag means latest. */
    static String normalise(String image) {
        String s = shortName(image);
        int slash = s.lastIndexOf('/');
        return s.indexOf(':', slash + 1) < 0 && !s.contains("@") ? s + ":latest" : s;
    }

    private static String shortName(String image) {
        String s = image;
        if (s.startsWith("docker.io/")) {
            s = s.substring("docker.io/".length());
        }
        if (s.startsWith("library/")) {
            s = s.substring("library/".length());
        }
        return s;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
