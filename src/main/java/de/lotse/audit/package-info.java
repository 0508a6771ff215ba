/**
 * The audit trail: every change of a municipality's records, who made it and when, property by
 * property. An entity is audited with Hibernate Envers' {@code @org.hibernate.envers.Audited} and a
 * {@code <table>_aud} table in a migration (see ADR 8); {@link de.lotse.audit.AuditTrail} reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package de.lotse.audit;
