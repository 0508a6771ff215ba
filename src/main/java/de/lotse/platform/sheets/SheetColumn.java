package de.lotse.platform.sheets;

/** A column of a module's spreadsheets, implemented by an enum of the module's columns. */
public interface SheetColumn {

    /** The column's name independent of the language, also accepted as a header by the import. */
    String code();

    /** The key of the column's header. */
    String messageKey();

    /** Whether the import reads the column (some are only written, e.g. ones computed from others). */
    boolean imported();
}
