package de.lotse.platform;

/**
 * How the REST API shows one kind of record. A stale change of such a record answers 409 with the
 * record as it is now in this form, so the client sees what changed; the API controller of the
 * record implements it.
 *
 * @param <T> the record, e.g. a department
 */
public interface ApiRepresentation<T> {

    /** The kind of record shown. */
    Class<T> recordType();

    /** The record as the API shows it. */
    Object represent(T record);
}
