package de.lotse.inventory.publiccode;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** A 1-based line and column in the file. */
record Position(int line, int column) {

    static final Position START = new Position(1, 1);

    static Position of(Node node) {
        return node.getStartMark().map(Position::of).orElse(START);
    }

    static Position of(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
