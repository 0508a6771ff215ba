package de.lotse.portfolio.imports;

import de.lotse.platform.sheets.ChoiceLabels;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Phases, modes and priorities as a spreadsheet writes them: the export's German or English labels
 * ("Umsetzung", "Labor (agil)", "hoch") or the codes ({@code IMPLEMENTATION}, {@code LAB}, {@code HIGH}).
 */
@Component
class Labels {

    final ChoiceLabels<ProjectPhase> phases;
    final ChoiceLabels<ProjectMode> modes;
    final ChoiceLabels<ProjectPriority> priorities;

    Labels(MessageSource messages) {
        phases = new ChoiceLabels<>(ProjectPhase.class, "project.phase.", messages);
        modes = new ChoiceLabels<>(ProjectMode.class, "project.mode.", messages);
        priorities = new ChoiceLabels<>(ProjectPriority.class, "project.priority.", messages);
    }

    Optional<ProjectPhase> phase(String text) {
        return phases.find(text);
    }

    Optional<ProjectMode> mode(String text) {
        return modes.find(text);
    }

    Optional<ProjectPriority> priority(String text) {
        return priorities.find(text);
    }
}
