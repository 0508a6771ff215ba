package de.lotse.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.LotseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsCheckTests {

    private final ProductionSettingsCheck check = new ProductionSettingsCheck();

    @Test
    void namesEveryMissingSettingOfTheProductionProfile() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/lotse")
                .withProperty("lotse.public-base-url", "${LOTSE_PUBLIC_BASE_URL}");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
                .isInstanceOfSatisfying(MissingSettingsException.class, e -> assertThat(e.missing())
                        .hasSize(3)
                        .anySatisfy(missing -> assertThat(missing).startsWith("LOTSE_PUBLIC_BASE_URL"))
                        .anySatisfy(missing -> assertThat(missing).startsWith("LOTSE_FOOTER_IMPRINT_URL"))
                        .anySatisfy(
                                missing -> assertThat(missing).startsWith("LOTSE_FOOTER_ACCESSIBILITY_STATEMENT_URL")));
    }

    @Test
    void letsOtherProfilesStartWithDefaults() {
        check.postProcessEnvironment(new MockEnvironment(), null);
        MockEnvironment complete = new MockEnvironment();
        ProductionSettingsCheck.REQUIRED.keySet().forEach(key -> complete.setProperty(key, "https://set.example"));
        complete.setActiveProfiles("prod");
        check.postProcessEnvironment(complete, null);
        assertThat(complete.getActiveProfiles()).containsExactly("prod");
    }

    @Test
    void productionStartWithoutSettingsFailsWithAClearMessage(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(LotseApplication.class)
                        .run(
                                "--spring.profiles.active=prod",
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/x"))
                .isInstanceOf(MissingSettingsException.class);
        assertThat(output)
                .contains("Lotse's production profile needs settings that are not set", "LOTSE_PUBLIC_BASE_URL");
    }
}
