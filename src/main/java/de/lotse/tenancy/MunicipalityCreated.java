package de.lotse.tenancy;

/** Published when a municipality is stored for the first time, so modules can prepare its records. */
public record MunicipalityCreated(MunicipalityId municipality) {}
