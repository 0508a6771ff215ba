package de.lotse.audit;

import de.lotse.identity.SecurityEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the security log is narrowed to; {@code null} means any.
 *
 * @param person the person who acted or whose account it concerned
 * @param kind the kind of event
 * @param from the first day (German time)
 * @param to the last day (German time)
 */
public record SecurityLogFilter(UUID person, SecurityEvent.Kind kind, LocalDate from, LocalDate to) {}
