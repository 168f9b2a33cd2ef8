package io.github.stackmaven.stack.compose.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Finds a mapping that defines the merge key {@code <<} twice, which compose v2 (go-yaml) refuses as any other
 * duplicate key. snakeyaml-engine's composer folds merge keys away, so the check reads the parser's events:
 * fed each event in order, it returns the mark of the second {@code <<} and of the first, or empty.
 */
final class MergeKeyCheck {

    /** One open collection: for a mapping, whether the next node is a key, and where {@code <<} was. */
    private static final class Frame {
        final boolean mapping;
        boolean atKey = true;
        Mark merge;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }
    }

    private final Deque<Frame> open = new ArrayDeque<>();

    /** The marks (second, first) of a repeated {@code <<} completed by this event, if any. */
    Optional<Mark[]> accept(Event event) {
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                Mark[] found = node(event);
                open.push(new Frame(event.getEventId() == Event.ID.MappingStart));
                return Optional.ofNullable(found);
            }
            case MappingEnd, SequenceEnd -> {
                open.pop();
                return Optional.empty();
            }
            case Scalar, Alias -> {
                return Optional.ofNullable(node(event));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** A node starts in the current collection: a key or a value of a mapping, or an item of a sequence. */
    private Mark[] node(Event event) {
        Frame frame = open.peek();
        if (frame == null || !frame.mapping) {
            return null;
        }
        boolean key = frame.atKey;
        frame.atKey = !frame.atKey;
        if (key && event instanceof ScalarEvent s && s.getScalarStyle() == ScalarStyle.PLAIN
                && "<<".equals(s.getValue())) {
            Mark here = s.getStartMark().orElse(null);
            if (frame.merge != null) {
                return new Mark[] {here, frame.merge};
            }
            frame.merge = here;
        }
        return null;
    }
}
