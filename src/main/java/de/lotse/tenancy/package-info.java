/**
 * Municipalities: the tenants of Lotse, each with its own data, and the official municipality
 * directory of Destatis to look any German municipality up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package de.lotse.tenancy;
