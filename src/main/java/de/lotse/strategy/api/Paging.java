package de.lotse.strategy.api;

import de.lotse.platform.ApiResponses;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The pages of the strategy's lists in the REST API. */
final class Paging {

    static final int MAX_PAGE_SIZE = 200;

    private Paging() {}

    static PageRequest of(int page, int size, Sort sort) {
        return ApiResponses.page(page, size, MAX_PAGE_SIZE, sort);
    }
}
