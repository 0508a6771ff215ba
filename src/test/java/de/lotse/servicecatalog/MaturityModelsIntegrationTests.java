package de.lotse.servicecatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.LotseIntegrationTest;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The two maturity models: each municipality records in the one it chose, and the other keeps its levels. */
@LotseIntegrationTest
class MaturityModelsIntegrationTests {

    /** Parking ban zone for a removal: executed by municipalities (LeiKa type 5). */
    private static final String KEY = "99108011000000";

    @Autowired
    MaturityModels models;

    @Autowired
    ServiceStatuses statuses;

    @Autowired
    ServiceProgress progress;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLevelsAreReferenceDataInGermanAndEnglish() {
        List<MaturityLevel> first = models.levels(MaturityModel.OZG_1);
        List<MaturityLevel> second = models.levels(MaturityModel.OZG_2);
        assertThat(first).extracting(MaturityLevel::level).containsExactly(0, 1, 2, 3, 4);
        assertThat(second).extracting(MaturityLevel::level).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(first.get(4).label(Locale.GERMAN)).isEqualTo("4 – Online-Transaktion");
        assertThat(first.get(4).label(Locale.ENGLISH)).isEqualTo("4 – Online transaction");
        assertThat(second.get(7).name(Locale.GERMAN)).isEqualTo("Ende-zu-Ende digital");
    }

    @Test
    void eachMunicipalityRecordsInTheModelItChose() {
        // the demo: Musterstadt records in 1.x, Beispielhausen chose 2.0
        assertThat(tenants.as(tenants.musterstadt(), models::current)).isEqualTo(MaturityModel.OZG_1);
        assertThat(tenants.as(tenants.beispielhausen(), models::current)).isEqualTo(MaturityModel.OZG_2);
        assertThat(tenants.as(
                        tenants.beispielhausen(),
                        () -> progress.byTopic().get(0).servicesByLevel()))
                .hasSize(8);
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> progress.byTopic().get(0).servicesByLevel()))
                .hasSize(5);
    }

    @Test
    void switchingTheModelKeepsTheLevelsRecordedInTheOther() {
        ServiceStatusRow atSix = tenants.as(tenants.beispielhausen(), () -> {
            ServiceStatusRow row = statuses.get(KEY);
            return statuses.update(KEY, row.version(), data(row, 6));
        });
        assertThat(atSix.maturityModel()).isEqualTo(MaturityModel.OZG_2);
        assertThat(atSix.maturityLevel()).isEqualTo(6);
        int inFirstModel =
                tenants.as(tenants.beispielhausen(), () -> jdbc.sql("select maturity_level from service_status st"
                                + " join catalogue_leika_service s on s.id = st.service_id"
                                + " where s.leika_key = :key")
                        .param("key", KEY)
                        .query(Integer.class)
                        .single());

        MaturityModels.Choice chosen = tenants.as(tenants.beispielhausen(), models::chosen);
        try {
            tenants.as(tenants.beispielhausen(), () -> models.choose(MaturityModel.OZG_1, chosen.version()));
            ServiceStatusRow inFirst = tenants.as(tenants.beispielhausen(), () -> statuses.get(KEY));
            assertThat(inFirst.maturityModel()).isEqualTo(MaturityModel.OZG_1);
            assertThat(inFirst.maturityLevel()).isEqualTo(inFirstModel);
            // level 6 does not exist in 1.x
            assertThatThrownBy(() -> tenants.as(
                            tenants.beispielhausen(), () -> statuses.update(KEY, inFirst.version(), data(inFirst, 6))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("maturityLevel");
                        assertThat(e.messageKey()).isEqualTo("service-status.maturity.invalid.OZG_1");
                    });
            // the choice the person saw is outdated now
            assertThatThrownBy(() -> tenants.as(
                            tenants.beispielhausen(), () -> models.choose(MaturityModel.OZG_2, chosen.version())))
                    .isInstanceOf(StaleVersionException.class);
        } finally {
            tenants.as(
                    tenants.beispielhausen(),
                    () -> models.choose(MaturityModel.OZG_2, models.chosen().version()));
        }
        assertThat(tenants.as(tenants.beispielhausen(), () -> statuses.get(KEY).maturityLevel()))
                .isEqualTo(6);
        // on the record: the level in 2.0 and every choice of model
        assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "select count(*) from service_status_aud a join service_status st on st.id = a.id"
                                        + " join catalogue_leika_service s on s.id = st.service_id"
                                        + " where s.leika_key = :key and a.maturity_level_2 = 6")
                        .param("key", KEY)
                        .query(Long.class)
                        .single()))
                .isPositive();
        assertThat(tenants.as(
                        tenants.beispielhausen(), () -> jdbc.sql("select count(*) from service_maturity_model_aud")
                                .query(Long.class)
                                .single()))
                .isGreaterThanOrEqualTo(3);
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql("select count(*) from service_maturity_model_aud")
                        .query(Long.class)
                        .single()))
                .as("Musterstadt sees none of Beispielhausen's choices")
                .isZero();
    }

    @Test
    void theOperatorRenamesALevelAndAStaleVersionIsRefused() {
        MaturityLevel before = models.levels(MaturityModel.OZG_2).get(5);
        MaturityLevel renamed = models.rename(
                MaturityModel.OZG_2,
                5,
                before.version(),
                new MaturityModels.LevelText(
                        "Datenzentriert bearbeitet", before.nameEn(), before.descriptionDe(), before.descriptionEn()));
        try {
            assertThat(renamed.nameDe()).isEqualTo("Datenzentriert bearbeitet");
            assertThat(renamed.version()).isEqualTo(before.version() + 1);
            assertThatThrownBy(() -> models.rename(
                            MaturityModel.OZG_2,
                            5,
                            before.version(),
                            new MaturityModels.LevelText(
                                    "Überschrieben", before.nameEn(), before.descriptionDe(), before.descriptionEn())))
                    .isInstanceOf(StaleVersionException.class);
        } finally {
            models.rename(
                    MaturityModel.OZG_2,
                    5,
                    renamed.version(),
                    new MaturityModels.LevelText(
                            before.nameDe(), before.nameEn(), before.descriptionDe(), before.descriptionEn()));
        }
    }

    @Test
    void theMunicipalitiesTablesHaveRowLevelSecurity() {
        assertThat(jdbc.sql(
                                """
                                select relname from pg_class
                                where relname in ('service_maturity_model', 'service_maturity_model_aud',
                                                  'service_project', 'service_project_aud')
                                  and relrowsecurity
                                """)
                        .query(String.class)
                        .list())
                .hasSize(4);
    }

    private static ServiceStatusData data(ServiceStatusRow row, int level) {
        return new ServiceStatusData(
                row.concerned(),
                row.departmentId() == null ? null : new de.lotse.tenancy.DepartmentId(row.departmentId()),
                row.solutionName(),
                row.solutionProvider(),
                row.sharedSolution(),
                row.onlineUrl(),
                row.onlineSince(),
                level,
                row.casesYear(),
                row.casesOnline(),
                row.casesOffline(),
                row.remarks());
    }
}
