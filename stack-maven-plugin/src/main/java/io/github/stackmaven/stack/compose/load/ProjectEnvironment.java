package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project environment that interpolation reads: the OS environment always wins over env files
 * ({@code .env}, or the explicit {@code --env-file} list, a later file overriding an earlier one). Inside an env
 * file, {@code ${X}} sees the OS environment first, then values read so far.
 */
public final class ProjectEnvironment {

    private final Map<String, String> os;
    private final Map<String, String> fromFiles = new LinkedHashMap<>();
    private final Map<String, String> extra = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();

    public ProjectEnvironment(Map<String, String> os) {
        this.os = Map.copyOf(os);
    }

    /** Reads an env file; its values never replace the OS environment's nor those of an earlier pass. */
    public void addFile(Path file, String display) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComposeException(Position.ofFile(display), "", "cannot read env file " + file + ": " + e);
        }
        try {
            Map<String, String> parsed = Dotenv.parse(text, os::get, fromFiles);
            parsed.forEach(fromFiles::putIfAbsent);
            files.add(file);
        } catch (DotenvException e) {
            throw new ComposeException(new Position(display, e.line(), 1), "", e.getMessage().replaceFirst("^line \\d+: ", ""));
        }
    }

    /** Reads several env files as one layer: a later file overrides an earlier one (--env-file a --env-file b). */
    public void addFiles(List<Path> list, java.util.function.Function<Path, String> display) {
        Map<String, String> layer = new LinkedHashMap<>();
        for (Path file : list) {
            if (!Files.isRegularFile(file)) {
                throw new ComposeException(Position.UNKNOWN, "", "env file " + file + " not found");
            }
            try {
                layer.putAll(Dotenv.parse(Files.readString(file, StandardCharsets.UTF_8), os::get, layer));
            } catch (DotenvException e) {
                throw new ComposeException(new Position(display.apply(file), e.line(), 1), "",
                        e.getMessage().replaceFirst("^line \\d+: ", ""));
            } catch (IOException e) {
                throw new ComposeException(Position.UNKNOWN, "", "cannot read env file " + file + ": " + e);
            }
            files.add(file);
        }
        layer.forEach(fromFiles::putIfAbsent);
    }

    /** Sets a value only if neither the OS nor an env file has it (PWD, COMPOSE_PROJECT_NAME). */
    public void putIfAbsent(String key, String value) {
        if (get(key) == null) {
            extra.put(key, value);
        }
    }

    public String get(String key) {
        String v = os.get(key);
        if (v != null) {
            return v;
        }
        v = fromFiles.get(key);
        return v != null ? v : extra.get(key);
    }

    public boolean isTrue(String key) {
        String v = os.get(key);
        return v != null && List.of("1", "true", "yes", "y", "on").contains(v.toLowerCase(Locale.ROOT));
    }

    /** Whether a key came from an env file and not from the OS environment. */
    public boolean fromFile(String key) {
        return !os.containsKey(key) && fromFiles.containsKey(key);
    }

    public List<Path> files() {
        return Collections.unmodifiableList(files);
    }

    public Map<String, String> asMap() {
        Map<String, String> all = new LinkedHashMap<>(extra);
        all.putAll(fromFiles);
        all.putAll(os);
        return all;
    }

    /** A child environment for an included project: this one wins over the include's env files. */
    public ProjectEnvironment child() {
        return new ProjectEnvironment(asMap());
    }
}
