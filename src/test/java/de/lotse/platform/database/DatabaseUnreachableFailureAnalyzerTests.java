package de.lotse.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.LotseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableFailureAnalyzerTests {

    @Test
    void startupFailsWithAMessageNamingTheDatabaseAndTheSettings(CapturedOutput output) {
        String url = "jdbc:postgresql://127.0.0.1:1/lotse";
        assertThatThrownBy(() -> new SpringApplicationBuilder(LotseApplication.class)
                        .run(
                                // command-line arguments win over a SPRING_DATASOURCE_URL in the environment
                                "--spring.datasource.url=" + url,
                                "--server.port=0",
                                "--spring.datasource.hikari.connection-timeout=2000"))
                .isNotNull();
        assertThat(output)
                .contains("Lotse cannot use its database at " + url)
                .contains("SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
    }
}
