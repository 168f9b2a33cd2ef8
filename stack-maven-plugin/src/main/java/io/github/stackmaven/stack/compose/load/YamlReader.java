package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.MergeTag;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Stage 1, parse: YAML text to one {@link YMap} per document, with positions. Uses snakeyaml-engine's
 * node API with the core schema (so {@code <<} merge keys work), then checks what compose checks and
 * snakeyaml does not at node level: duplicate keys, non-string keys, nesting depth and alias expansion.
 */
public final class YamlReader {

    static final int MAX_DEPTH = 200;
    static final int MAX_NODES = 1_000_000;
    /**
     * Real compose files are kilobytes; a larger input is refused before parsing, so that no input can stall a
     * build (snakeyaml reads a few hundred KiB per second on a busy CI machine).
     */
    static final int MAX_CHARS = 1024 * 1024;
    private static final Tag RESET = new Tag("!reset");
    private static final Tag OVERRIDE = new Tag("!override");
    private static final CoreSchema SCHEMA = new CoreSchema();

    private final String file;
    private int nodes;

    private YamlReader(String file) {
        this.file = file;
    }

    /** Reads every document of {@code text}; empty documents are skipped. */
    public static List<YMap> read(String file, String text) {
        return new YamlReader(file).readAll(text);
    }

    private List<YMap> readAll(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(SCHEMA)
                .setLabel(file)
                .setMaxAliasesForCollections(1000)
                .setCodePointLimit(MAX_CHARS)
                .build();
        if (text.length() > MAX_CHARS) {
            throw new ComposeException(Position.ofFile(file), "", String.format(Locale.ROOT, "the file has %.1f MiB"
                    + " of text, more than the %d MiB a compose file may have: check that it is the right file, and"
                    + " keep large content (scripts, data) in files the service mounts", text.length() / 1048576.0,
                    MAX_CHARS / 1048576));
        }
        List<YMap> docs = new ArrayList<>();
        try {
            Composer composer = new Composer(settings, new GuardedParser(settings, text, file, MAX_DEPTH));
            while (composer.hasNext()) {
                Node root = composer.next();
                if (root instanceof ScalarNode s && s.getValue().isEmpty() && s.getTag().equals(Tag.NULL)) {
                    continue;
                }
                YNode doc = convert(root, ModelPath.ROOT, 0);
                if (!(doc instanceof YMap map)) {
                    throw new ComposeException(doc.position(), "",
                            "top-level object must be a mapping, found a " + doc.describe());
                }
                docs.add(map);
            }
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark).map(this::position).orElse(Position.ofFile(file));
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            if (e.getContext() != null && !e.getContext().isBlank()) {
                problem = e.getContext() + ": " + problem;
            }
            throw new ComposeException(at, "", "invalid YAML: " + problem.strip());
        } catch (YamlEngineException e) {
            throw new ComposeException(Position.ofFile(file), "", "invalid YAML: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new ComposeException(Position.ofFile(file), "", "YAML nesting is too deep");
        }
        return docs;
    }

    private YNode convert(Node node, ModelPath path, int depth) {
        Position at = position(node.getStartMark());
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            throw new ComposeException(at, path.toString(), nodes > MAX_NODES
                    ? "document expands to more than " + MAX_NODES + " values (alias bomb?)"
                    : "YAML nesting is deeper than " + MAX_DEPTH + " levels (recursive alias?)");
        }
        MergeTag tag = node.getTag().equals(RESET) ? MergeTag.RESET
                : node.getTag().equals(OVERRIDE) ? MergeTag.OVERRIDE : MergeTag.NONE;
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, at, tag);
        }
        if (node instanceof SequenceNode seq) {
            YSeq out = new YSeq(at, tag);
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                out.add(convert(items.get(i), path.index(i), depth + 1));
            }
            return out;
        }
        MappingNode mapping = (MappingNode) node;
        YMap out = new YMap(at, tag);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyAt = position(keyNode.getStartMark());
            String key = key(keyNode, keyAt, path);
            if (out.has(key)) {
                throw new ComposeException(keyAt, path.toString(), "mapping key \"" + key
                        + "\" already defined at line " + out.keyPosition(key).line());
            }
            out.put(key, convert(tuple.getValueNode(), path.child(key), depth + 1), keyAt);
        }
        return out;
    }

    private String key(Node keyNode, Position keyAt, ModelPath path) {
        if (keyNode instanceof ScalarNode s) {
            Tag t = s.getTag();
            if (t.equals(Tag.STR) || t.equals(Tag.ENV_TAG)) {
                return s.getValue();
            }
            String where = path.size() == 0 ? "top level" : path.toString();
            throw new ComposeException(keyAt, path.toString(), "non-string key in " + where + ": "
                    + (s.getValue().isEmpty() ? "null" : s.getValue()) + "; quote it, as in '" + s.getValue() + "':");
        }
        throw new ComposeException(keyAt, path.toString(), "a mapping key must be a string");
    }

    private YScalar scalar(ScalarNode node, Position at, MergeTag tag) {
        String value = node.getValue();
        Tag t = node.getTag();
        if (tag != MergeTag.NONE || !t.getValue().startsWith(Tag.PREFIX)) {
            t = node.getScalarStyle() == ScalarStyle.PLAIN ? SCHEMA.getScalarResolver().resolve(value, true) : Tag.STR;
        }
        ScalarKind kind;
        if (t.equals(Tag.NULL)) {
            kind = ScalarKind.NULL;
            value = null;
        } else if (t.equals(Tag.BOOL)) {
            kind = ScalarKind.BOOL;
        } else if (t.equals(Tag.INT)) {
            kind = ScalarKind.INT;
        } else if (t.equals(Tag.FLOAT)) {
            kind = ScalarKind.FLOAT;
        } else {
            kind = ScalarKind.STRING;
        }
        return GoYamlScalars.resolve(new YScalar(value, kind, at, tag), node.getScalarStyle() == ScalarStyle.PLAIN);
    }

    private Position position(Optional<Mark> mark) {
        return mark.map(this::position).orElse(Position.ofFile(file));
    }

    private Position position(Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
