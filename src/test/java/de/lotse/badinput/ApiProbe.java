package de.lotse.badinput;

/**
 * One request of the bad-input suite: what it varies (for the test's name) and what it sends.
 *
 * @param label e.g. {@code body.name=NUL} or {@code path.id=foreign}
 * @param pathAndQuery the address with its query
 * @param eTagOf the address whose current ETag goes into {@code If-Match}, or null to send a stale one
 * @param contentType null for no body
 * @param foreign whether a path variable names another municipality's record (which must not be found)
 */
public record ApiProbe(
        String method,
        String label,
        String pathAndQuery,
        String eTagOf,
        String contentType,
        byte[] body,
        boolean foreign) {}
