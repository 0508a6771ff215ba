package de.lotse.tenancy;

/**
 * What a module makes for every municipality before its pages are read, e.g. the rows of its
 * service list: made when a municipality is created and, for municipalities from before, at start.
 * Reading pages therefore never writes.
 */
public interface MunicipalityPreparation {

    /**
     * Makes what is still missing for the current municipality; runs in a transaction bound to it
     * and must change nothing when everything is there.
     */
    void prepare();
}
