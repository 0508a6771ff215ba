/** People who use Lotse: their accounts, their roles in municipalities and how they log in. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package de.lotse.identity;
