package de.lotse.inventory.publiccode;

import java.util.Optional;
import java.util.Set;

/**
 * Maintenance: its type; contractors exactly when the type is {@code contract}; contacts required
 * when it is {@code internal} or {@code community}. As for the reference parser, a key with an
 * empty list is present (only a missing or null one is missing).
 */
final class MaintenanceRules {

    private final Checks checks;

    MaintenanceRules(Checks checks) {
        this.checks = checks;
    }

    void check(YamlSection maintenance) {
        maintenance.rejectUnknown(Set.of("type", "contractors", "contacts"));
        Optional<YamlSection.Value> type = maintenance.text("type", true);
        checks.oneOf(type, Vocabulary.MAINTENANCE_TYPES);
        String kind = type.map(YamlSection.Value::text).orElse("");
        if (kind.equals("contract")) {
            contractors(maintenance, true);
        } else if (maintenance.has("contractors")) {
            checks.excluded(maintenance, "contractors", "publiccode.maintenance.contractorsExcluded");
            contractors(maintenance, false);
        }
        boolean contactsRequired = kind.equals("internal") || kind.equals("community");
        if (contactsRequired && !maintenance.has("contacts")) {
            checks.missing(maintenance, "contacts", "publiccode.maintenance.contactsRequired", kind);
        }
        maintenance.list("contacts", false).ifPresent(contacts -> {
            contacts.forEach(item -> item.section().ifPresent(contact -> {
                contact.rejectUnknown(Set.of("name", "email", "affiliation", "phone"));
                contact.text("name", true);
                checks.format(contact.text("email", false), Formats::isEmail, "publiccode.email");
                contact.text("affiliation", false);
                contact.text("phone", false);
            }));
        });
    }

    private void contractors(YamlSection maintenance, boolean required) {
        if (required && !maintenance.has("contractors")) {
            checks.missing(maintenance, "contractors", "publiccode.maintenance.contractorsRequired");
        }
        maintenance.list("contractors", false).ifPresent(contractors -> {
            contractors.forEach(item -> item.section().ifPresent(contractor -> {
                contractor.rejectUnknown(Set.of("name", "email", "website", "until"));
                contractor.text("name", true);
                checks.format(contractor.text("until", true), Formats::isDate, "publiccode.date");
                checks.format(contractor.text("email", false), Formats::isEmail, "publiccode.email");
                checks.format(contractor.text("website", false), Formats::isHttpUrl, "publiccode.httpUrl");
            }));
        });
    }
}
