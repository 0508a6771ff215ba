package de.lotse.portfolio.imports;

import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Phases, modes and priorities as a spreadsheet writes them: the export's German or English labels
 * ("Umsetzung", "Labor (agil)", "hoch") or the codes ({@code IMPLEMENTATION}, {@code LAB}, {@code HIGH}).
 */
@Component
class Labels {

    private final Map<String, ProjectPhase> phases;
    private final Map<String, ProjectMode> modes;
    private final Map<String, ProjectPriority> priorities;

    Labels(MessageSource messages) {
        phases = index(ProjectPhase.class, "project.phase.", messages);
        modes = index(ProjectMode.class, "project.mode.", messages);
        priorities = index(ProjectPriority.class, "project.priority.", messages);
    }

    Optional<ProjectPhase> phase(String text) {
        return Optional.ofNullable(phases.get(Names.normalised(text)));
    }

    Optional<ProjectMode> mode(String text) {
        return Optional.ofNullable(modes.get(Names.normalised(text)));
    }

    Optional<ProjectPriority> priority(String text) {
        return Optional.ofNullable(priorities.get(Names.normalised(text)));
    }

    private static <E extends Enum<E>> Map<String, E> index(Class<E> type, String prefix, MessageSource messages) {
        Map<String, E> byLabel = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            byLabel.put(Names.normalised(value.name()), value);
            for (Locale language : ColumnHeaders.LANGUAGES) {
                String label = messages.getMessage(prefix + value.name(), null, null, language);
                if (label != null) {
                    byLabel.putIfAbsent(Names.normalised(label), value);
                }
            }
        }
        return byLabel;
    }
}
