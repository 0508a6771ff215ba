package de.lotse.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTests {

    /** A record with a place, as fields and goals have. */
    static final class Item {
        final String name;
        int position;

        Item(String name, int position) {
            this.name = name;
            this.position = position;
        }
    }

    @Test
    void movesARecordAndNumbersOnlyTheChangedOnesAgain() {
        List<Item> items = List.of(new Item("a", 0), new Item("b", 1), new Item("c", 2), new Item("d", 3));
        List<String> moved = new ArrayList<>();
        Positions.move(items, items.get(3), 1, item -> item.position, (item, position) -> {
            item.position = position;
            moved.add(item.name);
        });
        assertThat(items).extracting(item -> item.name + item.position).containsExactly("a0", "b2", "c3", "d1");
        assertThat(moved).containsExactlyInAnyOrder("b", "c", "d");
    }

    @Test
    void placesOutOfRangeMeanTheFirstOrTheLast() {
        List<Item> items = List.of(new Item("a", 0), new Item("b", 5), new Item("c", 9));
        Positions.move(items, items.get(0), -1, item -> item.position, (item, position) -> item.position = position);
        assertThat(items).extracting(item -> item.position).containsExactly(0, 1, 2);
        Positions.move(items, items.get(0), 7, item -> item.position, (item, position) -> item.position = position);
        assertThat(items).extracting(item -> item.name + item.position).containsExactly("a2", "b0", "c1");
    }
}
