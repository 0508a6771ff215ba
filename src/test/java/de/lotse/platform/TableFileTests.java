package de.lotse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TableFileTests {

    @Test
    void aTextASpreadsheetWouldTakeForAFormulaGetsALeadingApostrophe() {
        assertThat(TableFile.defused("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TableFile.defused("+49 30")).isEqualTo("'+49 30");
        assertThat(TableFile.defused("-1")).isEqualTo("'-1");
        assertThat(TableFile.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableFile.defused("|calc")).isEqualTo("'|calc");
        assertThat(TableFile.defused("\tx")).isEqualTo("'\tx");
        assertThat(TableFile.defused("\rx")).isEqualTo("'\rx");
        assertThat(TableFile.defused("Name: – → Hauptamt")).isEqualTo("Name: – → Hauptamt");
        assertThat(TableFile.defused(null)).isNull();
    }

    @Test
    void everyCsvDefusesTextsAndHeadersButKeepsNumbersNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFile.csv(List.of("=Kopf", "Betrag"), rows -> rows.accept(List.of("=1+1", new BigDecimal("-12.50"))), out);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();

        assertThat(records.get(0).values()).containsExactly("'=Kopf", "Betrag");
        assertThat(records.get(1).values()).containsExactly("'=1+1", "-12.50");
    }
}
