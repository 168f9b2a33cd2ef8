package io.github.stackmaven.stack.compose.path;

import java.util.ArrayList;
import java.util.List;

/**
 * A path into a compose model, such as {@code services.web.ports[1]}. Used for error text and to look up
 * rules in path-keyed tables: a pattern segment {@code *} matches any key and {@code []} any sequence index
 * ({@code services.*.ports}, {@code services.*.volumes.[]}).
 */
public final class ModelPath {

    public static final ModelPath ROOT = new ModelPath(List.of());

    private final List<String> segments;

    private ModelPath(List<String> segments) {
        this.segments = segments;
    }

    /** Parses a dotted pattern or path; {@code [n]} and {@code []} segments are sequence positions. */
    public static ModelPath of(String dotted) {
        if (dotted.isEmpty()) {
            return ROOT;
        }
        List<String> parts = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket > 0) {
                parts.add(part.substring(0, bracket));
                part = part.substring(bracket);
            }
            parts.add(part);
        }
        return new ModelPath(List.copyOf(parts));
    }

    public ModelPath child(String key) {
        List<String> next = new ArrayList<>(segments);
        next.add(key);
        return new ModelPath(next);
    }

    public ModelPath index(int index) {
        List<String> next = new ArrayList<>(segments);
        next.add("[" + index + "]");
        return new ModelPath(next);
    }

    public List<String> segments() {
        return segments;
    }

    public int size() {
        return segments.size();
    }

    public String last() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    public ModelPath parent() {
        return segments.isEmpty() ? this : new ModelPath(segments.subList(0, segments.size() - 1));
    }

    /** True when this concrete path matches the pattern segment by segment. */
    public boolean matches(ModelPath pattern) {
        if (pattern.segments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String p = pattern.segments.get(i);
            String s = segments.get(i);
            boolean isIndex = s.startsWith("[");
            if (p.equals("[]") ? !isIndex : !(p.equals("*") && !isIndex) && !p.equals(s)) {
                return false;
            }
        }
        return true;
    }

    public boolean matches(String pattern) {
        return matches(of(pattern));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String s : segments) {
            if (text.length() > 0 && !s.startsWith("[")) {
                text.append('.');
            }
            text.append(s);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelPath other && other.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
