package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The parser's events as the composer pulls them, checked on the way (one pass, no second parse):
 * <ul>
 *   <li>nesting deeper than {@link YamlReader#MAX_DEPTH}: the composer recurses per level and would overflow the
 *       stack;</li>
 *   <li>an alias to a node that is still open around it ({@code x: &a {<<: *a}}, {@code a: &a [*a]}): snakeyaml's
 *       merge flattening loops forever on it, and no compose file can mean an infinite value;</li>
 *   <li>a mapping that defines the merge key {@code <<} twice ({@link MergeKeyCheck}), which compose v2 refuses.</li>
 * </ul>
 */
final class GuardedParser implements Parser {

    private final Parser delegate;
    private final String file;
    private final int maxDepth;
    private final Deque<String> anchors = new ArrayDeque<>();
    private final Map<String, Integer> open = new HashMap<>();
    private final MergeKeyCheck mergeKeys = new MergeKeyCheck();

    GuardedParser(LoadSettings settings, String text, String file, int maxDepth) {
        this.delegate = new ParserImpl(settings, new StreamReader(settings, text));
        this.file = file;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Event next() {
        Event event = delegate.next();
        mergeKeys.accept(event).ifPresent(marks -> {
            throw new ComposeException(position(marks[0]), "", "mapping key \"<<\" already defined at line "
                    + (marks[1].getLine() + 1) + "; merge several anchors with one key: <<: [*a, *b]");
        });
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (anchors.size() >= maxDepth) {
                    throw new ComposeException(at(event), "", "YAML nesting is deeper than " + maxDepth + " levels");
                }
                String anchor = ((CollectionStartEvent) event).getAnchor().map(Anchor::getValue).orElse("");
                anchors.push(anchor);
                if (!anchor.isEmpty()) {
                    open.put(anchor, event.getStartMark().map(m -> m.getLine() + 1).orElse(0));
                }
            }
            case MappingEnd, SequenceEnd -> {
                String anchor = anchors.isEmpty() ? "" : anchors.pop();
                if (!anchor.isEmpty()) {
                    open.remove(anchor);
                }
            }
            case Scalar -> ((ScalarEvent) event).getAnchor().ifPresent(a -> open.remove(a.getValue()));
            case Alias -> {
                String name = ((AliasEvent) event).getAlias().getValue();
                if (open.containsKey(name)) {
                    throw new ComposeException(at(event), "", "alias *" + name + " refers to the node &" + name
                            + " (line " + open.get(name) + ") that contains it: a merge key (<<) or alias cannot"
                            + " include the mapping or list it is part of; merge a separate anchor instead");
                }
            }
            default -> {
            }
        }
        return event;
    }

    private Position at(Event event) {
        return event.getStartMark().map(this::position).orElse(Position.ofFile(file));
    }

    private Position position(Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
