package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class GemeindeverzeichnisTests {

    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @Test
    void readsTheShippedFiles() {
        var files = new Gemeindeverzeichnis(resources, Gemeindeverzeichnis.SHIPPED);
        LocalDate gebietsstand = files.gebietsstand();

        assertThat(gebietsstand).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(files.laender(gebietsstand)).hasSize(16);
        assertThat(files.kreise(gebietsstand)).hasSize(400);
        assertThat(files.gemeindeverbaende(gebietsstand)).hasSize(4590);
        assertThat(files.gemeinden(gebietsstand))
                .hasSize(10_953)
                .filteredOn(gemeinde -> gemeinde.ags().equals("08111000"))
                .singleElement()
                .satisfies(stuttgart -> {
                    assertThat(stuttgart.name()).isEqualTo("Stuttgart, Landeshauptstadt");
                    assertThat(stuttgart.ars()).isEqualTo("081110000000");
                    assertThat(stuttgart.landKey()).isEqualTo("08");
                    assertThat(stuttgart.population()).isGreaterThan(600_000);
                    assertThat(stuttgart.postcode()).isEqualTo("70173");
                });
    }

    @Test
    void refusesFilesThatMixTwoEditions() {
        var files = new Gemeindeverzeichnis(resources, "classpath:reference/gemeindeverzeichnis-mixed/");

        assertThat(files.laender(files.gebietsstand())).hasSize(1);
        assertThatIllegalStateException()
                .isThrownBy(() -> files.gemeinden(files.gebietsstand()))
                .withMessageContaining("gemeinden.csv line 3")
                .withMessageContaining("2025-11-30");
    }
}
