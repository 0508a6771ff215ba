package de.lotse.platform.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Stops the start of the production profile before anything else happens when a setting that has
 * no safe default is missing, naming every missing environment variable at once.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

    static final String PRODUCTION_PROFILE = "prod";

    /** Setting → the environment variable an operator sets, and what it is for. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "SPRING_DATASOURCE_URL (the PostgreSQL database)");
        REQUIRED.put("lotse.public-base-url", "LOTSE_PUBLIC_BASE_URL (the address people use to reach Lotse)");
        REQUIRED.put("lotse.footer.imprint-url", "LOTSE_FOOTER_IMPRINT_URL (the imprint linked in the footer)");
        REQUIRED.put(
                "lotse.footer.accessibility-statement-url",
                "LOTSE_FOOTER_ACCESSIBILITY_STATEMENT_URL (the accessibility statement linked in the footer)");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!List.of(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE)) {
            return;
        }
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(setting -> isMissing(environment, setting.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    private static boolean isMissing(ConfigurableEnvironment environment, String key) {
        try {
            return !StringUtils.hasText(environment.getProperty(key));
        } catch (IllegalArgumentException unresolvedPlaceholder) {
            // application-prod.properties refers to the environment variable, and it is not set
            return true;
        }
    }
}
