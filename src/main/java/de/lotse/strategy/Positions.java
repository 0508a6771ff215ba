package de.lotse.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/** Moves one record of an ordered list to another place and numbers the list again. */
final class Positions {

    private Positions() {}

    /**
     * @param ordered the records as they are ordered now
     * @param moved the record to move, one of them
     * @param index its new place, from 0; out-of-range places mean the first or last
     */
    static <T> void move(List<T> ordered, T moved, int index, ToIntFunction<T> position, ObjIntConsumer<T> moveTo) {
        List<T> list = new ArrayList<>(ordered);
        list.remove(moved);
        list.add(Math.max(0, Math.min(index, list.size())), moved);
        for (int i = 0; i < list.size(); i++) {
            // only records whose place changes get a new version and a line in the history
            if (position.applyAsInt(list.get(i)) != i) {
                moveTo.accept(list.get(i), i);
            }
        }
    }
}
