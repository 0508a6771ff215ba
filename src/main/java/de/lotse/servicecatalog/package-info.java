/**
 * The service catalogue: the public catalogue of administrative services (OZG-Leistungen with their
 * LeiKa services), loaded as versioned reference data, and what each municipality records about the
 * services it provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service catalogue")
package de.lotse.servicecatalog;
