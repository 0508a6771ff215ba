/**
 * The demo municipality Musterstadt with its demo users, created on an empty database when demo mode
 * is on, so that a newcomer sees a living system at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package de.lotse.demo;
