package de.lotse.strategy;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.TransactionLocks;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the indicators of the goals of the current municipality and their measured values. */
@Service
@Validated
@Transactional
public class Indicators {

    private final IndicatorRepository repository;
    private final MeasuredValueRepository values;
    private final GoalRepository goals;
    private final Clock clock;
    private final TransactionLocks locks;

    Indicators(
            IndicatorRepository repository,
            MeasuredValueRepository values,
            GoalRepository goals,
            Clock clock,
            TransactionLocks locks) {
        this.locks = locks;
        this.repository = repository;
        this.values = values;
        this.goals = goals;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Indicator> ofGoal(GoalId goal) {
        return repository.findByGoalOrderByPositionAscNameAsc(goal);
    }

    @Transactional(readOnly = true)
    public Page<Indicator> page(GoalId goal, Pageable pageable) {
        requireGoal(goal);
        return repository.findByGoal(goal, pageable);
    }

    @Transactional(readOnly = true)
    public Indicator get(IndicatorId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("indicator", id));
    }

    /** The indicator, when it belongs to the goal; another goal's indicator is not found. */
    @Transactional(readOnly = true)
    public Indicator get(GoalId goal, IndicatorId id) {
        Indicator indicator = get(id);
        if (!indicator.goal().equals(goal)) {
            throw new RecordNotFoundException("indicator", id);
        }
        return indicator;
    }

    /** Adds an indicator to a goal, after its others. */
    public Indicator create(GoalId goal, @Valid IndicatorData data) {
        requireGoal(goal);
        check(data);
        // two new indicators of a goal at once must not share a position
        locks.lock("indicator_position", goal);
        return repository.save(new Indicator(goal, data, repository.nextPosition(goal)));
    }

    /**
     * Changes an indicator.
     *
     * @param expectedVersion the version the person saw; another current version means someone else
     *     changed it in between, and nothing is changed
     */
    public Indicator update(IndicatorId id, long expectedVersion, @Valid IndicatorData data) {
        Indicator indicator = get(id);
        if (indicator.version() != expectedVersion) {
            throw new StaleVersionException(indicator, indicator.version());
        }
        check(data);
        indicator.apply(data);
        return indicator;
    }

    /** Deletes an indicator with its measured values. */
    public void delete(IndicatorId id, long expectedVersion) {
        Indicator indicator = get(id);
        if (indicator.version() != expectedVersion) {
            throw new StaleVersionException(indicator, indicator.version());
        }
        values.findByIndicatorOrderByMeasuredOnAsc(id).forEach(values::delete);
        repository.delete(indicator);
    }

    void deleteAllOf(GoalId goal) {
        for (Indicator indicator : ofGoal(goal)) {
            values.findByIndicatorOrderByMeasuredOnAsc(indicator.id()).forEach(values::delete);
            repository.delete(indicator);
        }
    }

    /** The measured values of an indicator, oldest first. */
    @Transactional(readOnly = true)
    public List<MeasuredValue> values(IndicatorId indicator) {
        return values.findByIndicatorOrderByMeasuredOnAsc(indicator);
    }

    @Transactional(readOnly = true)
    public Page<MeasuredValue> values(IndicatorId indicator, Pageable pageable) {
        return values.findByIndicator(indicator, pageable);
    }

    /** The progress of each of the indicators, from its latest value; indicators without one are left out. */
    @Transactional(readOnly = true)
    public Map<IndicatorId, Integer> progress(Collection<Indicator> indicators) {
        Map<IndicatorId, BigDecimal> latest = new HashMap<>();
        if (!indicators.isEmpty()) {
            values.findByIndicatorInOrderByMeasuredOnAsc(
                            indicators.stream().map(Indicator::id).toList())
                    .forEach(value -> latest.put(value.indicator(), value.value()));
        }
        Map<IndicatorId, Integer> progress = new HashMap<>();
        for (Indicator indicator : indicators) {
            IndicatorProgress.percent(
                            indicator.direction(),
                            indicator.baselineValue(),
                            indicator.targetValue(),
                            latest.get(indicator.id()))
                    .ifPresent(percent -> progress.put(indicator.id(), percent));
        }
        return progress;
    }

    /** Records what the indicator measured on a day; one value per day, none in the future. */
    public MeasuredValue addValue(IndicatorId indicator, @Valid MeasuredValueData data) {
        get(indicator);
        if (data.measuredOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("measuredOn", "measured-value.date.future");
        }
        // a value sent twice at once must meet the first one here, not the unique key
        locks.lock("measured_value", indicator);
        if (values.existsByIndicatorAndMeasuredOn(indicator, data.measuredOn())) {
            throw new InvalidFieldException("measuredOn", "measured-value.date.taken");
        }
        return values.save(new MeasuredValue(indicator, data));
    }

    /** Deletes a measured value of the indicator; another indicator's value is not found. */
    public void deleteValue(IndicatorId indicator, MeasuredValueId id) {
        MeasuredValue value = values.findById(id)
                .filter(candidate -> candidate.indicator().equals(indicator))
                .orElseThrow(() -> new RecordNotFoundException("measured_value", id));
        values.delete(value);
    }

    private void requireGoal(GoalId goal) {
        if (goals.findById(goal).isEmpty()) {
            throw new RecordNotFoundException("goal", goal);
        }
    }

    /** The rules between the fields of an indicator, each answered at the field to correct. */
    static void check(IndicatorData data) {
        if (data.baselineDate() != null
                && data.targetDate() != null
                && !data.targetDate().isAfter(data.baselineDate())) {
            throw new InvalidFieldException("targetDate", "indicator.target-date.before-baseline");
        }
        if (data.baselineValue() != null && data.targetValue() != null) {
            int comparison = data.targetValue().compareTo(data.baselineValue());
            boolean better = data.direction() == IndicatorDirection.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
            if (!better) {
                throw new InvalidFieldException(
                        "targetValue",
                        data.direction() == IndicatorDirection.HIGHER_IS_BETTER
                                ? "indicator.target-value.not-higher"
                                : "indicator.target-value.not-lower");
            }
        }
    }
}
