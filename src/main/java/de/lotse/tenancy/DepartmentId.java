package de.lotse.tenancy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a department. */
@Embeddable
public record DepartmentId(UUID value) implements Serializable {

    public static DepartmentId random() {
        return new DepartmentId(UUID.randomUUID());
    }

    public static DepartmentId parse(String value) {
        return new DepartmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
