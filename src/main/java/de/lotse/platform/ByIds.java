package de.lotse.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Reads records by many ids, a bounded number of ids per query, each id once. */
public final class ByIds {

    /** The most ids one query binds. */
    public static final int CHUNK = 500;

    private ByIds() {}

    public static <I, R> List<R> read(Collection<I> ids, Function<List<I>, List<R>> query) {
        List<I> distinct = ids.stream().distinct().toList();
        List<R> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            found.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
        }
        return found;
    }
}
