package de.lotse.inventory.imports;

import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.platform.sheets.ChoiceLabels;
import de.lotse.platform.sheets.Names;
import de.lotse.platform.sheets.SheetColumns;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices of an application as a spreadsheet writes them: lifecycle, hosting, criticality and
 * protection need by their German or English label or code, yes and no as the export writes them
 * (also {@code true}/{@code false}, {@code x} for yes).
 */
@Component
class ApplicationLabels {

    final ChoiceLabels<Lifecycle> lifecycles;
    final ChoiceLabels<Hosting> hostings;
    final ChoiceLabels<Criticality> criticalities;
    final ChoiceLabels<ProtectionNeed> protectionNeeds;
    private final MessageSource messages;
    private final Map<String, Boolean> yesNo = new HashMap<>();

    ApplicationLabels(MessageSource messages) {
        this.messages = messages;
        lifecycles = new ChoiceLabels<>(Lifecycle.class, "application.lifecycle.", messages);
        hostings = new ChoiceLabels<>(Hosting.class, "application.hosting.", messages);
        criticalities = new ChoiceLabels<>(Criticality.class, "application.criticality.", messages);
        protectionNeeds = new ChoiceLabels<>(ProtectionNeed.class, "application.protection-need.", messages);
        for (boolean value : List.of(true, false)) {
            yesNo.put(String.valueOf(value), value);
            for (Locale language : SheetColumns.LANGUAGES) {
                yesNo.put(Names.normalised(yesNoLabel(value, language)), value);
            }
        }
        yesNo.put("x", true);
    }

    Optional<Boolean> yesNo(String text) {
        return Optional.ofNullable(yesNo.get(Names.normalised(text)));
    }

    String yesNoLabel(boolean value, Locale locale) {
        return messages.getMessage(value ? "application.yes" : "application.no", null, locale);
    }
}
