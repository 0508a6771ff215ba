package de.lotse.identity.web;

import de.lotse.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The form of a person's membership as the administrator filled it in: new, or a role change. */
class UserForm {

    @NotBlank(groups = New.class)
    @Size(max = 200, groups = New.class)
    private String displayName;

    @NotBlank(groups = New.class)
    @Email(groups = New.class)
    @Size(max = 320, groups = New.class)
    private String email;

    @NotNull
    private Role role = Role.VIEWER;

    private List<UUID> departmentIds = new ArrayList<>();

    private long version;

    /** Validation of the fields only a new person has. */
    interface New {}

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<UUID> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<UUID> departmentIds) {
        this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
