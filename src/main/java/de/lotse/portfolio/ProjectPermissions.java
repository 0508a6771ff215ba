package de.lotse.portfolio;

import de.lotse.identity.CurrentUser;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccountRepository;
import de.lotse.platform.InvalidFieldException;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.DepartmentId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change which project: administrators every one, editors those of their departments when
 * they are limited to departments (all of the municipality's otherwise), nobody else. Work without a
 * logged-in person (demo data, background tasks) may change every project.
 */
@Component
public class ProjectPermissions {

    private final UserAccountRepository accounts;

    ProjectPermissions(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Whether the current person may change a project run by the given department. */
    public boolean mayChange(DepartmentId department) {
        Optional<CurrentUser> person = person();
        if (person.isEmpty()) {
            return true;
        }
        Role role = person.get().role();
        if (role == Role.ADMIN) {
            return true;
        }
        return role == Role.EDITOR && withinLimits(department);
    }

    /**
     * Whether the project's department is within the current person's limits: false only for an
     * editor limited to other departments. The records people of other roles keep on a project (the
     * trainings digital pilots record, for example) are guarded by their role, this by department.
     */
    public boolean withinLimits(DepartmentId department) {
        Optional<CurrentUser> person = person();
        if (person.isEmpty() || person.get().role() != Role.EDITOR) {
            return true;
        }
        List<UUID> limits = limits(person.get());
        return limits.isEmpty() || (department != null && limits.contains(department.value()));
    }

    /** Whether the current person may create projects at all. */
    public boolean mayCreate() {
        return person().map(p -> p.role() == Role.ADMIN || p.role() == Role.EDITOR)
                .orElse(true);
    }

    /** Refuses (403) a change of a project the current person may not change. */
    void requireMayChange(Project project) {
        if (!mayChange(project.department())) {
            throw new AccessDeniedException("project of another department");
        }
    }

    /** Refuses a department the current person may not give a project to: it must be one of theirs. */
    void requireMayAssign(DepartmentId department) {
        if (!mayCreate()) {
            throw new AccessDeniedException("may not maintain projects");
        }
        if (!mayChange(department)) {
            throw new InvalidFieldException("departmentId", "project.department.not-yours");
        }
    }

    private List<UUID> limits(CurrentUser person) {
        return accounts.findById(person.id())
                .map(account -> account.departmentsIn(CurrentTenant.require()))
                .orElse(List.of());
    }

    private static Optional<CurrentUser> person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser person
                ? Optional.of(person)
                : Optional.empty();
    }

    /** The name of the person acting now, for the phase history. */
    static String actorName() {
        return person().map(CurrentUser::displayName).orElse("system");
    }
}
