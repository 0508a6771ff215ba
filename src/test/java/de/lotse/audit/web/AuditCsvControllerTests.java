package de.lotse.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvControllerTests {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreDefused() {
        assertThat(AuditCsvController.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(AuditCsvController.cell("+49 30")).isEqualTo("'+49 30");
        assertThat(AuditCsvController.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsvController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsvController.cell("Name: – → Hauptamt")).isEqualTo("Name: – → Hauptamt");
        assertThat(AuditCsvController.cell(null)).isNull();
    }
}
