package de.lotse.platform.sheets;

/** A column of a module's spreadsheets, implemented by an enum of the module's columns. */
public interface SheetColumn {

    /**
     * What names a column.
     *
     * @param code the column's name independent of the language, also accepted as a header by the import
     * @param messageKey the key of the column's header
     * @param imported whether the import reads the column (some are only written, e.g. computed ones)
     */
    record Header(String code, String messageKey, boolean imported) {}

    Header header();

    default String code() {
        return header().code();
    }

    default String messageKey() {
        return header().messageKey();
    }

    default boolean imported() {
        return header().imported();
    }
}
