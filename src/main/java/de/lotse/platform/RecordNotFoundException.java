package de.lotse.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or belongs to another municipality: both answer 404, so that no one
 * learns about other municipalities' records by guessing ids.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found");
    }
}
