package de.lotse.portfolio;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** What the services of a project's parts share: the project must exist and be the person's to change. */
final class ProjectParts {

    private ProjectParts() {}

    static <T> T current(Optional<T> found, String type, Object id, long expectedVersion, ToLongFunction<T> version) {
        T record = found.orElseThrow(() -> new RecordNotFoundException(type, id));
        if (version.applyAsLong(record) != expectedVersion) {
            throw new StaleVersionException(record, version.applyAsLong(record));
        }
        return record;
    }

    static <T> T found(Optional<T> found, String type, Object id) {
        return found.orElseThrow(() -> new RecordNotFoundException(type, id));
    }

    static Project changeable(Projects projects, ProjectPermissions permissions, ProjectId project) {
        Project found = projects.get(project);
        permissions.requireMayChange(found);
        return found;
    }
}
