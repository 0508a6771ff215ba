package de.lotse.platform.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains which settings are missing and how to give them. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis(
                "Lotse's production profile needs settings that are not set:\n  - "
                        + String.join("\n  - ", cause.missing()),
                "Set these environment variables (see the README, section Production) and start Lotse again.",
                cause);
    }
}
