/**
 * The portfolio: the municipality's projects (Maßnahmen) with their phases, status reports,
 * milestones, risks and dependencies, their money (budget lines per fiscal year, funding
 * applications) and the qualification of staff. Projects serve goals of the strategy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package de.lotse.portfolio;
