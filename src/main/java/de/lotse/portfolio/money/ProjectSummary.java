package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;

/**
 * A project of the current municipality as the money and qualification pages name it.
 *
 * @param id the project
 * @param title its title
 */
public record ProjectSummary(ProjectId id, String title) {}
