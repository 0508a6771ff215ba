/**
 * The inventory: the municipality's software landscape (Bestandsaufnahme) with its applications,
 * their assessment (TIME classification), their successors and the interfaces between them, and the
 * check of {@code publiccode.yml} files, the metadata standard with which public-sector software
 * describes itself ({@link de.lotse.inventory.PublicCodeValidator}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package de.lotse.inventory;
