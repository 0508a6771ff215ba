package de.lotse.portfolio;

import java.time.LocalDate;

/**
 * A milestone as the roadmap shows it.
 *
 * @param title what is to be reached
 * @param due when
 * @param done whether it is reached
 */
public record RoadmapMilestone(String title, LocalDate due, boolean done) {}
