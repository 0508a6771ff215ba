package de.lotse.servicecatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueFilesTests {

    static Map<String, byte[]> files(String leikaRows) {
        Map<String, byte[]> files = new HashMap<>();
        files.put(CatalogueFiles.TOPICS, bytes("themenfeld_id,name\n1,Bauen & Wohnen\n2,Familie & Kind\n"));
        files.put(
                CatalogueFiles.LIFE_SITUATIONS,
                bytes("lebenslage_id,themenfeld_id,themenfeld,name\n14,1,Bauen & Wohnen,Bauen & Immobilien\n"
                        + "20,2,Familie & Kind,Geburt\n"));
        files.put(
                CatalogueFiles.OZG_SERVICES,
                bytes("ozg_leistung_id,ozg_id,name,lebenslage_id,lebenslage,themenfeld_id,themenfeld\n"
                        + "1,10513,Abbruchgenehmigung,14,Bauen & Immobilien,1,Bauen & Wohnen\n"
                        + "2,10200,Geburtsurkunde,20,Geburt,2,Familie & Kind\n"));
        files.put(
                CatalogueFiles.LEIKA_SERVICES,
                bytes("leistung_id,leika_schluessel,name,leika_typ,ozg_leistung_id,ozg_id,ozg_leistung,lebenslage,"
                        + "themenfeld,sdg1_relevant,sdg2_relevant,rechtsgrundlagen,gesetze,gesetzeskuerzel\n"
                        + leikaRows));
        return files;
    }

    static final String VALID_LEIKA =
            """
            2,99012001000000,Abbruchgenehmigung,4,1,10513,Abbruchgenehmigung,Bauen & Immobilien,Bauen & Wohnen,0,0,,,
            3,99102003000000,"Geburtsurkunde, Ausstellung",2/3,2,10200,Geburtsurkunde,Geburt,Familie & Kind,1,0,§ 55 PStG,Personenstandsgesetz,PStG
            4,nicht im LeiKa,Beratung zur Geburt,5,2,10200,Geburtsurkunde,Geburt,Familie & Kind,0,0,,,
            5,nicht im LeiKa,Beratung zur Geburt,5,2,10200,Geburtsurkunde,Geburt,Familie & Kind,0,0,,,
            """;

    @Test
    void readsAValidCatalogue() {
        Catalogue catalogue = CatalogueFiles.read(files(VALID_LEIKA));

        assertThat(catalogue.topics())
                .extracting(Catalogue.Topic::name)
                .containsExactly("Bauen & Wohnen", "Familie & Kind");
        assertThat(catalogue.ozgServices())
                .extracting(Catalogue.OzgService::ozgId, Catalogue.OzgService::lifeSituation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("10513", "Bauen & Immobilien"),
                        org.assertj.core.groups.Tuple.tuple("10200", "Geburt"));
        // the service without key listed twice under the same OZG-Leistung is one service
        assertThat(catalogue.leikaServices()).hasSize(3);
        Catalogue.LeikaService birth = catalogue.leikaServices().get(1);
        assertThat(birth.key()).isEqualTo("99102003000000");
        assertThat(birth.name()).isEqualTo("Geburtsurkunde, Ausstellung");
        assertThat(birth.sdg1()).isTrue();
        assertThat(birth.lawAbbreviations()).isEqualTo("PStG");
        assertThat(catalogue.leikaServices().get(2).key()).isNull();
        assertThat(catalogue.checksum()).hasSize(64);
    }

    @Test
    void reportsEveryWrongRowAndColumn() {
        InvalidCatalogueException invalid = catchThrowableOfType(
                InvalidCatalogueException.class,
                () -> CatalogueFiles.read(files(VALID_LEIKA
                        + "6,1234,Kaputter Schlüssel,4,1,10513,,,,0,0,,,\n"
                        + "7,99012001000000,Doppelt,4,1,10513,,,,0,0,,,\n"
                        + "8,99012001000001,,4,9,10513,,,,ja,0,,,\n")));

        assertThat(invalid.problems())
                .extracting(CatalogueProblem::line, CatalogueProblem::column, CatalogueProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6L, "leika_schluessel", "catalogue.problem.leika-key"),
                        org.assertj.core.groups.Tuple.tuple(7L, "leika_schluessel", "catalogue.problem.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(8L, "name", "catalogue.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(
                                8L, "ozg_leistung_id", "catalogue.problem.unknown-reference"),
                        org.assertj.core.groups.Tuple.tuple(8L, "sdg1_relevant", "catalogue.problem.flag"));
        assertThat(invalid.problems())
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo("leika_leistungen.csv"));
    }

    @Test
    void reportsMissingFilesAndColumns() {
        Map<String, byte[]> files = files(VALID_LEIKA);
        files.remove(CatalogueFiles.TOPICS);
        assertThat(catchThrowableOfType(InvalidCatalogueException.class, () -> CatalogueFiles.read(files))
                        .problems())
                .extracting(CatalogueProblem::file, CatalogueProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("themenfelder.csv", "catalogue.problem.file-missing"));

        Map<String, byte[]> withoutColumn = files(VALID_LEIKA);
        withoutColumn.put(CatalogueFiles.TOPICS, bytes("id,name\n1,Bauen & Wohnen\n"));
        assertThat(catchThrowableOfType(InvalidCatalogueException.class, () -> CatalogueFiles.read(withoutColumn))
                        .problems())
                .first()
                .satisfies(problem -> {
                    assertThat(problem.column()).isEqualTo("themenfeld_id");
                    assertThat(problem.messageKey()).isEqualTo("catalogue.problem.column-missing");
                });
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
