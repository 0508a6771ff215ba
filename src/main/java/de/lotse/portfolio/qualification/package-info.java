/**
 * The qualification of staff per project: training measures with their audience, date,
 * participants and the responsible digital pilot — rollout is not done until people can use it.
 */
@org.springframework.modulith.NamedInterface("qualification")
package de.lotse.portfolio.qualification;
