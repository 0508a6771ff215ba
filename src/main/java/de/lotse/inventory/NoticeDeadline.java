package de.lotse.inventory;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The next notice deadline of a contract (Kündigungsfrist): the last day on which notice can be given
 * for a term end. Without automatic renewal it is the end minus the notice period, even when past;
 * with automatic renewal the end rolls forward by the renewal term until the deadline is today or
 * later. Months are whole calendar months; the last day of a month stays the last day (a term ending
 * on 30.06. with three months' notice has its deadline on 31.03.). An open-ended contract has none.
 * The database computes the same with {@code contract_notice_deadline} (migration V250).
 *
 * @param deadline the last day to give notice
 * @param termEnd the end of the term the notice is for
 */
public record NoticeDeadline(LocalDate deadline, LocalDate termEnd) {

    /** Guards against a loop without end on absurd input; a century of monthly renewals. */
    private static final int MAX_TERMS = 1200;

    public static Optional<NoticeDeadline> next(
            LocalDate endsOn, int noticePeriodMonths, boolean autoRenewal, Integer renewalTermMonths, LocalDate today) {
        if (endsOn == null) {
            return Optional.empty();
        }
        if (!autoRenewal || renewalTermMonths == null || renewalTermMonths < 1) {
            return Optional.of(new NoticeDeadline(shift(endsOn, -noticePeriodMonths), endsOn));
        }
        for (int term = 0; term <= MAX_TERMS; term++) {
            LocalDate termEnd = shift(endsOn, term * renewalTermMonths);
            LocalDate deadline = shift(termEnd, -noticePeriodMonths);
            if (!deadline.isBefore(today)) {
                return Optional.of(new NoticeDeadline(deadline, termEnd));
            }
        }
        throw new IllegalArgumentException("no notice deadline within " + MAX_TERMS + " terms after " + endsOn);
    }

    /** The day moved by whole months, keeping the last day of a month the last day. */
    static LocalDate shift(LocalDate day, int months) {
        LocalDate moved = day.plusMonths(months);
        return day.getDayOfMonth() == day.lengthOfMonth() ? moved.with(TemporalAdjusters.lastDayOfMonth()) : moved;
    }
}
