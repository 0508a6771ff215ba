package de.lotse.tenancy;

/**
 * Implemented by modules whose records refer to companies of the municipal group (e.g. a project
 * run by the Stadtwerke), so that a company is not deleted while something refers to it.
 */
public interface MunicipalCompanyReferences {

    /** Whether any record of the current municipality refers to the company. */
    boolean refersTo(MunicipalCompanyId company);
}
