/**
 * The inventory: the municipality's software landscape. So far it checks {@code publiccode.yml}
 * files, the metadata standard with which public-sector software describes itself, against the
 * standard's rules ({@link de.lotse.inventory.PublicCodeValidator}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package de.lotse.inventory;
