package de.lotse.identity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a person's account. */
@Embeddable
public record UserAccountId(UUID value) implements Serializable {

    public static UserAccountId random() {
        return new UserAccountId(UUID.randomUUID());
    }
}
