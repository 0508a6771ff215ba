package de.lotse.tenancy;

/** The legal form of a company or enterprise of the municipal group. */
public enum LegalForm {
    /** Eigenbetrieb: an enterprise without legal personality, with its own accounts. */
    EIGENBETRIEB,
    /** Regiebetrieb: part of the administration's budget. */
    REGIEBETRIEB,
    /** Anstalt des öffentlichen Rechts (Kommunalunternehmen). */
    AOER,
    /** Zweckverband: municipalities doing a task together. */
    ZWECKVERBAND,
    GMBH,
    /** Gemeinnützige GmbH. */
    GGMBH,
    AG,
    GMBH_CO_KG,
    /** Eingetragene Genossenschaft. */
    EG,
    STIFTUNG
}
