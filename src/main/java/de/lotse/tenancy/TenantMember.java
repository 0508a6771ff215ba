package de.lotse.tenancy;

/** Someone who acts in exactly one municipality at a time, such as the logged-in person. */
public interface TenantMember {

    /** The municipality whose data this person works with now; none for people of no municipality. */
    MunicipalityId municipality();
}
