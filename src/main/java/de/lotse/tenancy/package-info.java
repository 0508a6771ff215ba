/** Municipalities: the tenants of Lotse, each with its own data. */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package de.lotse.tenancy;
