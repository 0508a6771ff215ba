package de.lotse.strategy;

/**
 * Something that serves a goal, as the strategy page lists it under the goal: a project of the
 * portfolio, for example.
 *
 * @param goal the goal served
 * @param title what serves it
 * @param href the page of what serves it, relative to the application
 * @param state a short, already translated state (a phase, a status), or {@code null}
 */
public record GoalContribution(GoalId goal, String title, String href, String state) {}
