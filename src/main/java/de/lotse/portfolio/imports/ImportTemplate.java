package de.lotse.portfolio.imports;

import de.lotse.platform.sheets.SheetColumns;
import de.lotse.platform.sheets.SheetTemplate;
import de.lotse.portfolio.PortfolioColumn;
import de.lotse.portfolio.Topics;
import de.lotse.portfolio.internal.StrategyOptions;
import de.lotse.tenancy.Departments;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The empty spreadsheet to fill in for an import: a first sheet with the columns the import reads (in
 * the person's language) and a second one with the values the municipality's projects can have —
 * phases, modes, priorities, its departments, goals and topics.
 */
@Component
public class ImportTemplate {

    private final MessageSource messages;
    private final Departments departments;
    private final StrategyOptions strategy;
    private final Topics topics;
    private final Labels labels;
    private final SheetColumns<PortfolioColumn> columns;

    ImportTemplate(
            MessageSource messages, Departments departments, StrategyOptions strategy, Topics topics, Labels labels) {
        this.messages = messages;
        this.departments = departments;
        this.strategy = strategy;
        this.topics = topics;
        this.labels = labels;
        this.columns = new SheetColumns<>(PortfolioColumn.class, messages);
    }

    @Transactional(readOnly = true)
    public void write(Locale locale, OutputStream out) throws IOException {
        List<PortfolioColumn> template = PortfolioColumn.TEMPLATE;
        SheetTemplate.write(
                messages.getMessage("portfolio.import.template.sheet", null, locale),
                columns.labels(template, locale),
                template.indexOf(PortfolioColumn.ID),
                messages.getMessage("portfolio.import.template.values", null, locale),
                values(template, locale),
                PortfolioImport.MAX_ROWS,
                out);
    }

    private List<SheetTemplate.Values> values(List<PortfolioColumn> template, Locale locale) {
        List<String> topicNames = new ArrayList<>();
        topics.all().forEach(topic -> topicNames.add(topic.name()));
        return List.of(
                choice(template, PortfolioColumn.PHASE, labels.phases.labels(locale), locale),
                choice(template, PortfolioColumn.MODE, labels.modes.labels(locale), locale),
                choice(template, PortfolioColumn.PRIORITY, labels.priorities.labels(locale), locale),
                new SheetTemplate.Values(
                        columns.label(PortfolioColumn.DEPARTMENT, locale),
                        departments.tree().entries().stream()
                                .map(entry -> entry.department().name())
                                .toList(),
                        -1),
                new SheetTemplate.Values(
                        columns.label(PortfolioColumn.GOALS, locale),
                        strategy.goals().stream()
                                .map(StrategyOptions.GoalOption::title)
                                .toList(),
                        -1),
                new SheetTemplate.Values(columns.label(PortfolioColumn.TOPICS, locale), topicNames, -1));
    }

    private SheetTemplate.Values choice(
            List<PortfolioColumn> template, PortfolioColumn column, List<String> values, Locale locale) {
        return new SheetTemplate.Values(columns.label(column, locale), values, template.indexOf(column));
    }
}
