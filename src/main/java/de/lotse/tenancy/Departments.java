package de.lotse.tenancy;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the departments of the current municipality. */
@Service
@Validated
@Transactional
public class Departments {

    private final DepartmentRepository repository;

    Departments(DepartmentRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public DepartmentTree tree() {
        return DepartmentTree.of(repository.findAllByOrderByNameAsc());
    }

    @Transactional(readOnly = true)
    public Page<Department> page(Pageable pageable) {
        return repository.findAllBy(pageable);
    }

    @Transactional(readOnly = true)
    public Department get(DepartmentId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("department", id));
    }

    public Department create(@Valid DepartmentData data) {
        if (data.parent() != null) {
            requireParent(data.parent());
        }
        return repository.save(new Department(data));
    }

    /**
     * Changes a department, also moving it below another one.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public Department update(DepartmentId id, long expectedVersion, @Valid DepartmentData data) {
        Department department = current(id, expectedVersion);
        if (data.parent() != null) {
            if (data.parent().equals(id) || tree().descendantsOf(id).contains(data.parent())) {
                throw new InvalidFieldException("parent", "department.parent.cycle");
            }
            requireParent(data.parent());
        }
        department.apply(data);
        return repository.save(department);
    }

    public Department setActive(DepartmentId id, long expectedVersion, boolean active) {
        Department department = current(id, expectedVersion);
        department.setActive(active);
        return repository.save(department);
    }

    public void delete(DepartmentId id, long expectedVersion) {
        Department department = current(id, expectedVersion);
        if (repository.existsByParent(id)) {
            throw new StillReferencedException("department.delete.has-children");
        }
        repository.delete(department);
    }

    private Department current(DepartmentId id, long expectedVersion) {
        Department department = get(id);
        if (department.version() != expectedVersion) {
            throw new StaleVersionException(department, department.version());
        }
        return department;
    }

    private void requireParent(DepartmentId parent) {
        if (repository.findById(parent).isEmpty()) {
            throw new InvalidFieldException("parent", "department.parent.unknown");
        }
    }
}
