/**
 * The operator console of an installation (municipal IT service provider): municipalities, their
 * first administrators, their use. Never a municipality's domain data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operator")
package de.lotse.operator;
