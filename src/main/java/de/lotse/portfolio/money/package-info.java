/**
 * The money of the portfolio: budget lines per project and fiscal year, funding applications
 * through to the proof of use, and their sums per project, fiscal year, department and goal.
 */
@org.springframework.modulith.NamedInterface("money")
package de.lotse.portfolio.money;
