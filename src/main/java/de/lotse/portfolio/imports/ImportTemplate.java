package de.lotse.portfolio.imports;

import de.lotse.portfolio.PortfolioColumn;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.Topics;
import de.lotse.portfolio.internal.StrategyOptions;
import de.lotse.tenancy.Departments;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    ImportTemplate(MessageSource messages, Departments departments, StrategyOptions strategy, Topics topics) {
        this.messages = messages;
        this.departments = departments;
        this.strategy = strategy;
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    public void write(Locale locale, OutputStream out) throws IOException {
        Map<PortfolioColumn, List<String>> values = values(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet projects = workbook.createSheet(message("portfolio.import.template.sheet", locale));
            Row header = projects.createRow(0);
            List<PortfolioColumn> columns = PortfolioColumn.TEMPLATE;
            for (int i = 0; i < columns.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(message(columns.get(i).messageKey(), locale));
                cell.setCellStyle(bold);
                projects.setColumnWidth(i, columns.get(i) == PortfolioColumn.ID ? 38 * 256 : 24 * 256);
            }
            projects.createFreezePane(0, 1);
            DataValidationHelper validations = projects.getDataValidationHelper();
            for (PortfolioColumn choice :
                    List.of(PortfolioColumn.PHASE, PortfolioColumn.MODE, PortfolioColumn.PRIORITY)) {
                int index = columns.indexOf(choice);
                DataValidation validation = validations.createValidation(
                        validations.createExplicitListConstraint(
                                values.get(choice).toArray(String[]::new)),
                        new CellRangeAddressList(1, PortfolioImport.MAX_ROWS, index, index));
                validation.setShowErrorBox(true);
                projects.addValidationData(validation);
            }

            Sheet allowed = workbook.createSheet(message("portfolio.import.template.values", locale));
            Row allowedHeader = allowed.createRow(0);
            int column = 0;
            for (Map.Entry<PortfolioColumn, List<String>> entry : values.entrySet()) {
                var cell = allowedHeader.createCell(column);
                cell.setCellValue(message(entry.getKey().messageKey(), locale));
                cell.setCellStyle(bold);
                allowed.setColumnWidth(column, 40 * 256);
                List<String> list = entry.getValue();
                for (int i = 0; i < list.size(); i++) {
                    Row row = allowed.getRow(i + 1) == null ? allowed.createRow(i + 1) : allowed.getRow(i + 1);
                    row.createCell(column).setCellValue(list.get(i));
                }
                column++;
            }
            workbook.write(out);
        }
    }

    private Map<PortfolioColumn, List<String>> values(Locale locale) {
        Map<PortfolioColumn, List<String>> values = new LinkedHashMap<>();
        values.put(PortfolioColumn.PHASE, labels(ProjectPhase.values(), "project.phase.", locale));
        values.put(PortfolioColumn.MODE, labels(ProjectMode.values(), "project.mode.", locale));
        values.put(PortfolioColumn.PRIORITY, labels(ProjectPriority.values(), "project.priority.", locale));
        values.put(
                PortfolioColumn.DEPARTMENT,
                departments.tree().entries().stream()
                        .map(entry -> entry.department().name())
                        .toList());
        values.put(
                PortfolioColumn.GOALS,
                strategy.goals().stream().map(StrategyOptions.GoalOption::title).toList());
        List<String> topicNames = new ArrayList<>();
        topics.existing().forEach(topic -> topicNames.add(topic.name()));
        values.put(PortfolioColumn.TOPICS, topicNames);
        return values;
    }

    private List<String> labels(Enum<?>[] constants, String prefix, Locale locale) {
        return Arrays.stream(constants)
                .map(constant -> message(prefix + constant.name(), locale))
                .toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
