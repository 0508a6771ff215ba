/**
 * The inventory: the municipality's software landscape (Bestandsaufnahme) with its applications,
 * their assessment (TIME classification), their successors and the interfaces between them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package de.lotse.inventory;
