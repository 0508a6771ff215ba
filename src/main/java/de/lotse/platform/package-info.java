/**
 * What every module of Lotse stands on: layout, navigation, languages, error pages, security, the
 * database set-up and the application's own settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.lotse.platform;
