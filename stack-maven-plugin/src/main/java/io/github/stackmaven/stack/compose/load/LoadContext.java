package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** State shared by the stages of one load: where files are shown from, warnings, and parsed-file caches. */
final class LoadContext {

    private final Path workingDir;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Map<Path, List<YMap>> parsed = new HashMap<>();

    LoadContext(Path workingDir) {
        this.workingDir = workingDir;
    }

    /** A file as messages show it: relative to the working directory when inside it. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) && !abs.equals(workingDir) ? workingDir.relativize(abs).toString()
                : abs.toString();
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    /**
     * Parse, interpolate, validate and canonicalise every document of one file (stages 1 to 3 and
     * canonicalisation), with the given environment.
     */
    List<YMap> loadDocuments(Path file, ProjectEnvironment env) {
        List<YMap> docs = new ArrayList<>();
        for (YMap raw : parse(file)) {
            YMap doc = raw.deepCopy();
            Interpolator interpolator = new Interpolator(env::get);
            interpolator.interpolate(doc);
            interpolator.warnings().forEach(this::warn);
            SchemaValidator.validate(doc);
            docs.add(Canonicalizer.canonicalize(doc));
        }
        return docs;
    }

    /** The documents of a file as parsed, before interpolation (cached; callers must not modify them). */
    List<YMap> parse(Path file) {
        return parsed.computeIfAbsent(file, f -> YamlReader.read(display(f), read(f)));
    }

    /** The top-level {@code name:} of a file's last document that sets one, interpolated; null if none. */
    String projectNameIn(Path file, ProjectEnvironment env) {
        String name = null;
        for (YMap doc : parse(file)) {
            if (doc.get("name") instanceof io.github.stackmaven.stack.compose.load.tree.YScalar s && s.text() != null) {
                try {
                    name = Template.substitute(s.text(), env::get, v -> { });
                } catch (TemplateException e) {
                    throw new ComposeException(s.position(), "name", e.getMessage());
                }
            }
        }
        return name;
    }

    private String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ComposeException(notUtf8(file), "", "the file is not UTF-8 text (an invalid byte sequence);"
                    + " save it as UTF-8");
        } catch (NoSuchFileException e) {
            throw new ComposeException(Position.UNKNOWN, "", "compose file " + display(file) + " not found");
        } catch (IOException e) {
            throw new ComposeException(Position.ofFile(display(file)), "", "cannot read: " + e.getMessage());
        }
    }

    /** Where the first byte that is not UTF-8 is: line and column (in bytes) for the message. */
    private Position notUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            StandardCharsets.UTF_8.newDecoder().decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Position(display(file), line, bad - lineStart + 1);
        } catch (IOException e) {
            return Position.ofFile(display(file));
        }
    }
}
