package de.lotse.portfolio.imports;

import de.lotse.platform.sheets.Names;
import de.lotse.portfolio.TopicId;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;

/**
 * What the rows of an import may name, of the current municipality.
 *
 * @param departments its departments by name
 * @param goals its goals by title
 * @param topics its topics by name
 */
record ImportReferences(Names<DepartmentId> departments, Names<GoalId> goals, Names<TopicId> topics) {}
