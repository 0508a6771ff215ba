package de.lotse.tenancy;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the departments of the current municipality (Hibernate adds the municipality). */
interface DepartmentRepository extends Repository<Department, DepartmentId> {

    Department save(Department department);

    java.util.Optional<Department> findById(DepartmentId id);

    List<Department> findAllByOrderByNameAsc();

    Page<Department> findAllBy(Pageable pageable);

    boolean existsByParent(DepartmentId parent);

    void delete(Department department);
}
