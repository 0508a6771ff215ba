package de.lotse.platform;

import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The REST API's answers for records with versions: the version as ETag, a new record's Location, pages. */
public final class ApiResponses {

    private ApiResponses() {}

    /** 200 with the record and its version as ETag. */
    public static <R> ResponseEntity<R> withETag(long version, R body) {
        return ResponseEntity.ok().eTag(ETags.of(version)).body(body);
    }

    /**
     * 201 with the new record, its address below the current request's (a path: a host taken from
     * the request's {@code Host} header could be anyone's) and its version as ETag.
     */
    public static <R> ResponseEntity<R> created(Object id, long version, R body) {
        return ResponseEntity.created(below(id)).eTag(ETags.of(version)).body(body);
    }

    /**
     * The address of a record below the current request's, as a path: a host taken from the
     * request's {@code Host} header could be anyone's.
     */
    public static URI below(Object id) {
        return UriComponentsBuilder.fromPath(currentPath())
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
    }

    /** The current request's address as a path, without the host the request named. */
    public static URI here() {
        return URI.create(currentPath());
    }

    private static String currentPath() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
    }

    /** The page asked for, from 0, with a size between 1 and the most the list allows ({@link Paging}). */
    public static PageRequest page(int page, int size, int maxSize, Sort sort) {
        return Paging.of(page, size, maxSize, sort);
    }
}
