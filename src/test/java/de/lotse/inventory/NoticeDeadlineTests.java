package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeDeadlineTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static NoticeDeadline next(String endsOn, int notice, Integer renewal, LocalDate today) {
        return NoticeDeadline.next(LocalDate.parse(endsOn), notice, renewal != null, renewal, today)
                .orElseThrow();
    }

    @Test
    void withoutRenewalTheDeadlineIsTheEndMinusTheNoticePeriodEvenWhenPast() {
        assertThat(next("2027-12-31", 3, null, TODAY))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31)));
        assertThat(next("2026-12-31", 3, null, TODAY).deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void anOpenEndedContractHasNoDeadline() {
        assertThat(NoticeDeadline.next(null, 3, false, null, TODAY)).isEmpty();
        assertThat(NoticeDeadline.next(null, 3, true, 12, TODAY)).isEmpty();
    }

    @Test
    void withRenewalTheEndRollsForwardUntilTheDeadlineIsNotPast() {
        // 31.12.2026 with 3 months' notice: 30.09.2026 has passed, so the term to 31.12.2027 counts
        assertThat(next("2026-12-31", 3, 12, TODAY))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31)));
        // a deadline still ahead is kept
        assertThat(next("2027-06-30", 3, 12, TODAY))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30)));
        // long ago, monthly renewal
        assertThat(next("2010-01-31", 1, 1, TODAY))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31)));
    }

    @Test
    void aDeadlineOnTodayIsStillOpen() {
        assertThat(next("2027-03-01", 3, 12, TODAY).deadline()).isEqualTo(TODAY);
        assertThat(next("2027-03-01", 3, 12, TODAY.plusDays(1)).termEnd()).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void theLastDayOfAMonthStaysTheLastDay() {
        // 30.06. is a month's end: three months before is 31.03., six months on is 31.12.
        assertThat(next("2027-06-30", 3, null, TODAY).deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(next("2026-06-30", 3, 6, TODAY))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30)));
        assertThat(next("2025-06-30", 1, 6, LocalDate.of(2025, 6, 1)).termEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        // not a month's end: the day is kept where the month has it, without drifting
        assertThat(next("2026-01-30", 0, 1, LocalDate.of(2026, 2, 2)).termEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(next("2026-01-30", 0, 1, LocalDate.of(2026, 3, 1)).termEnd()).isEqualTo(LocalDate.of(2026, 3, 30));
        // 31.05. minus three months: the end of February
        assertThat(next("2027-05-31", 3, null, TODAY).deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void leapYearsGiveTheTwentyNinthOfFebruary() {
        assertThat(next("2028-05-31", 3, null, TODAY).deadline()).isEqualTo(LocalDate.of(2028, 2, 29));
        // a term ending on 29.02. rolls to the end of February of the next year
        assertThat(next("2024-02-29", 1, 12, LocalDate.of(2024, 3, 1)))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)));
        // 28.02. of a common year is a month's end too: the next term ends on 29.02.2028
        assertThat(next("2027-02-28", 0, 12, LocalDate.of(2027, 3, 1)).termEnd())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void noNoticePeriodMeansTheDeadlineIsTheTermEnd() {
        assertThat(next("2027-12-31", 0, null, TODAY).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aNoticePeriodLongerThanTheRenewalTermSkipsTermsWhoseDeadlineHasPassed() {
        // 12 months' notice, renews by 6: the term end must be more than a year ahead
        assertThat(next("2026-12-31", 12, 6, TODAY))
                .isEqualTo(new NoticeDeadline(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31)));
    }
}
