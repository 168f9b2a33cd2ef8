package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import java.util.List;

/**
 * Short-syntax service volumes, {@code [source:]target[:options]} (compose-go {@code format.ParseVolume}):
 * a source starting with {@code .}, {@code /} or {@code ~} (or a Windows path) is a bind, any other source a
 * named volume, no source an anonymous volume. Options ro, rw, nocopy, z, Z and propagation modes; others
 * are ignored. Returns the long syntax as a tree.
 */
public final class VolumeParser {

    private static final List<String> PROPAGATION = List.of("shared", "rshared", "slave", "rslave", "private",
            "rprivate");

    private VolumeParser() {
    }

    public static YMap parse(String spec, Position at) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("invalid empty volume spec");
        }
        String source = null;
        String target = null;
        String options = null;
        if (spec.length() <= 2) {
            target = spec;
        } else {
            List<String> parts = split(spec);
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                boolean last = i == parts.size() - 1;
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("invalid volume \"" + spec + "\": empty section between colons");
                }
                if (source == null && last && i == 0) {
                    target = part;
                } else if (source == null) {
                    source = part;
                } else if (target == null) {
                    target = part;
                } else if (last) {
                    options = part;
                } else {
                    throw new IllegalArgumentException("invalid volume \"" + spec + "\": too many colons");
                }
            }
        }
        YMap out = new YMap(at);
        boolean bind = isFilePath(source);
        out.put("type", YScalar.string(bind ? "bind" : "volume", at));
        if (source != null) {
            out.put("source", YScalar.string(source, at));
        }
        out.put("target", YScalar.string(cleanPath(target), at));
        boolean readOnly = false;
        YMap bindOptions = new YMap(at);
        YMap volumeOptions = new YMap(at);
        if (options != null) {
            for (String option : options.split(",")) {
                if (option.equals("ro")) {
                    readOnly = true;
                } else if (option.equals("rw")) {
                    readOnly = false;
                } else if (option.equals("nocopy")) {
                    volumeOptions.put("nocopy", YScalar.bool(true, at));
                } else if (option.equals("z") || option.equals("Z")) {
                    bindOptions.put("selinux", YScalar.string(option, at));
                } else if (PROPAGATION.contains(option)) {
                    bindOptions.put("propagation", YScalar.string(option, at));
                }
            }
        }
        if (readOnly) {
            out.put("read_only", YScalar.bool(true, at));
        }
        if (bind) {
            bindOptions.put("create_host_path", YScalar.bool(true, at));
            out.put("bind", bindOptions);
        } else {
            if (!bindOptions.isEmpty()) {
                out.put("bind", bindOptions); // compose v2 keeps z/Z of a named volume here too
            }
            out.put("volume", volumeOptions); // short syntax always has one, v2 prints it as volume: {}
        }
        return out;
    }

    /** Splits on colons, except a Windows drive letter's and those inside {@code ${...}}. */
    private static List<String> split(String spec) {
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                braces++;
            } else if (c == '}' && braces > 0) {
                braces--;
            }
            boolean drive = c == ':' && buf.length() == 1 && Character.isLetter(buf.charAt(0))
                    && i + 1 < spec.length() && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/');
            if (c == ':' && braces == 0 && !drive) {
                parts.add(buf.toString());
                buf.setLength(0);
            } else {
                buf.append(c);
            }
        }
        parts.add(buf.toString());
        return parts;
    }

    static boolean isFilePath(String source) {
        if (source == null || source.isEmpty()) {
            return false;
        }
        char c = source.charAt(0);
        return c == '.' || c == '/' || c == '~' || source.startsWith("\\\\")
                || (source.length() >= 2 && Character.isLetter(c) && source.charAt(1) == ':');
    }

    /** Go's {@code path.Clean} for container paths. */
    static String cleanPath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        java.util.Deque<String> out = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.pollLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
            } else {
                out.addLast(part);
            }
        }
        String joined = String.join("/", out);
        return rooted ? "/" + joined : (joined.isEmpty() ? "." : joined);
    }
}
