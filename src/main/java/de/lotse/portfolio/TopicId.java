package de.lotse.portfolio;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a topic projects are filed under. */
@Embeddable
public record TopicId(UUID value) implements Serializable {

    public static TopicId random() {
        return new TopicId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
