package de.lotse.tenancy;

/** Where a department stands in the administration's structure. */
public enum DepartmentLevel {
    /** Dezernat or Geschäftsbereich: led by a member of the administration's leadership. */
    DIRECTORATE,
    /** Amt or Fachbereich. */
    OFFICE,
    /** Abteilung or Sachgebiet inside an office. */
    UNIT,
    /** Stabsstelle: reports directly to the leadership. */
    STAFF_UNIT
}
