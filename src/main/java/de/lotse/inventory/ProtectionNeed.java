package de.lotse.inventory;

/** The protection need of the data an application processes (Schutzbedarf as in BSI IT-Grundschutz). */
public enum ProtectionNeed {
    NORMAL,
    HIGH,
    VERY_HIGH
}
