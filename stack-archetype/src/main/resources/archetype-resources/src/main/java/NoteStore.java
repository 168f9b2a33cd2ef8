package ${package};

import java.util.List;
import java.util.Optional;

/** Where notes live. */
public interface NoteStore {

    Note create(String text);

    Optional<Note> find(long id);

    /** The newest notes first. */
    List<Note> list(int limit);

    /** Throws when the store cannot be reached ({@code /__heartbeat__}). */
    void ping();
}
