package de.lotse.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one way a list turns the page number and size people ask for into a request: the size between
 * 1 and the most the list allows, the number from 0 and never beyond the last page whose first row
 * still fits an {@code int} — JPA counts rows with {@code int}, so a larger offset would overflow
 * instead of answering an empty page.
 */
public final class Paging {

    private Paging() {}

    /** The page asked for, clamped as described above. */
    public static PageRequest of(int page, int size, int maxSize, Sort sort) {
        int clampedSize = Math.min(Math.max(size, 1), Math.max(maxSize, 1));
        int lastReachable = Integer.MAX_VALUE / clampedSize - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), lastReachable), clampedSize, sort);
    }

    /** The page of a list with a fixed size. */
    public static PageRequest of(int page, int size) {
        return of(page, size, size, Sort.unsorted());
    }

    /** The page of a list with a fixed size and order. */
    public static PageRequest of(int page, int size, Sort sort) {
        return of(page, size, size, sort);
    }
}
