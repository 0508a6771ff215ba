package de.lotse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTests {

    @Test
    void theSizeStaysWithinItsBoundsAndNegativePagesAreTheFirst() {
        assertThat(Paging.of(-3, 0, 50, org.springframework.data.domain.Sort.unsorted()))
                .satisfies(page -> {
                    assertThat(page.getPageNumber()).isZero();
                    assertThat(page.getPageSize()).isEqualTo(1);
                });
        assertThat(Paging.of(0, 10_000, 200, org.springframework.data.domain.Sort.unsorted())
                        .getPageSize())
                .isEqualTo(200);
    }

    @Test
    void theOffsetOfAHugePageNumberStillFitsAnInt() {
        for (int size : new int[] {1, 2, 50, 500}) {
            long offset = Paging.of(Integer.MAX_VALUE, size).getOffset();
            assertThat(offset).isLessThanOrEqualTo(Integer.MAX_VALUE).isGreaterThan(Integer.MAX_VALUE - 2L * size);
        }
    }
}
