package de.lotse.inventory;

import de.lotse.platform.sheets.SheetColumn;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of the application list's spreadsheets: what the export writes, in this order, and
 * which of them the import reads back. The TIME class follows from the fits and is only written.
 */
public enum ApplicationColumn implements SheetColumn {
    ID("id", "application.export.id", true),
    NAME("name", "application.name", true),
    VENDOR("vendor", "application.vendor", true),
    PRODUCT("product", "application.product", true),
    PRODUCT_VERSION("version", "application.product-version", true),
    PURPOSE("purpose", "application.purpose", true),
    DEPARTMENTS("departments", "application.departments", true),
    RESPONSIBLE_PERSON("responsible-person", "application.responsible-person", true),
    HOSTING("hosting", "application.hosting", true),
    USERS("users", "application.users", true),
    LIFECYCLE("lifecycle", "application.lifecycle", true),
    INTRODUCED_ON("introduced-on", "application.introduced-on", true),
    RETIRE_BY("retire-by", "application.retire-by", true),
    FUNCTIONAL_FIT("functional-fit", "application.functional-fit", true),
    TECHNICAL_FIT("technical-fit", "application.technical-fit", true),
    TIME("time", "application.time", false),
    CRITICALITY("criticality", "application.criticality", true),
    PERSONAL_DATA("personal-data", "application.personal-data", true),
    PROTECTION_NEED("protection-need", "application.protection-need", true),
    OPEN_SOURCE("open-source", "application.open-source", true),
    LICENCE("licence", "application.licence", true),
    SUCCESSOR("successor", "application.successor", true);

    /** The columns of the import template: all the import reads. */
    public static final List<ApplicationColumn> TEMPLATE =
            Arrays.stream(values()).filter(ApplicationColumn::imported).toList();

    private final Header header;

    ApplicationColumn(String code, String messageKey, boolean imported) {
        this.header = new Header(code, messageKey, imported);
    }

    @Override
    public Header header() {
        return header;
    }
}
