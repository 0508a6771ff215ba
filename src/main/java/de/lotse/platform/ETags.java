package de.lotse.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Versions of records as HTTP entity tags, for {@code ETag} and {@code If-Match}. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; a malformed header answers 400. */
    public static long version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must be an ETag of this record");
        }
    }
}
