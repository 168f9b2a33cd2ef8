package io.github.stackmaven.stack.compose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable, insertion-ordered copies that accept null values (compose's "unset"); null in, empty out. */
final class Immutable {

    private Immutable() {
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Like {@link #list} but keeps null, which means "not set" (e.g. command = image default). */
    static <T> List<T> nullableList(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
