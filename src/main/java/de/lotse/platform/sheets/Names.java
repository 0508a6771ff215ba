package de.lotse.platform.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records of the municipality by name (departments, goals, topics, applications), as a spreadsheet names them.
 * Names are compared without regard to case and surrounding or repeated spaces; two records may have
 * the same name, and then a name is ambiguous.
 *
 * @param <T> the records' ids
 */
public final class Names<T> {

    /** A name read from a cell and the records it may mean: none when it is unknown. */
    public record Match<T>(String name, List<T> candidates) {}

    private final Map<String, List<T>> byName = new HashMap<>();

    public void add(String name, T id) {
        if (name != null && !name.isBlank()) {
            byName.computeIfAbsent(normalised(name), key -> new ArrayList<>()).add(id);
        }
    }

    /** The records with this name. */
    public Match<T> find(String name) {
        return new Match<>(name.strip(), byName.getOrDefault(normalised(name), List.of()));
    }

    /**
     * The names in a cell that lists them separated by commas, as the export writes them. A name may
     * contain a comma itself: at each place the longest run of pieces that is a known name is taken,
     * else the piece up to the next comma (an unknown name).
     */
    public List<Match<T>> list(String cell) {
        List<Match<T>> matches = new ArrayList<>();
        if (cell == null) {
            return matches;
        }
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) == ',') {
                commas.add(i);
            }
        }
        commas.add(cell.length());
        int start = 0;
        int first = 0;
        while (start < cell.length()) {
            Match<T> taken = null;
            int takenEnd = commas.get(first);
            for (int end = commas.size() - 1; end >= first; end--) {
                String candidate = cell.substring(start, commas.get(end));
                List<T> ids = byName.get(normalised(candidate));
                if (ids != null) {
                    taken = new Match<>(candidate.strip(), ids);
                    takenEnd = commas.get(end);
                    first = end;
                    break;
                }
            }
            if (taken == null) {
                String piece = cell.substring(start, takenEnd);
                if (!piece.isBlank()) {
                    matches.add(new Match<>(piece.strip(), List.of()));
                }
            } else {
                matches.add(taken);
            }
            start = takenEnd + 1;
            first++;
        }
        return matches;
    }

    public static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
