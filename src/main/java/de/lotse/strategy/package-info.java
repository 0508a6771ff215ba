/**
 * The municipality's strategy: its vision, fields of action, goals and the indicators that measure
 * them. Other modules refer to goals by {@link de.lotse.strategy.GoalId} and show what serves a goal
 * on the strategy page by providing a {@link de.lotse.strategy.GoalContributions} bean.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package de.lotse.strategy;
