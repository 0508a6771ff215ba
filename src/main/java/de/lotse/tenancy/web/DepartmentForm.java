package de.lotse.tenancy.web;

import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentData;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentLevel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The department form as the person filled it in. */
class DepartmentForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 30)
    private String shortName;

    @NotNull
    private DepartmentLevel level = DepartmentLevel.OFFICE;

    private UUID parentId;

    @Size(max = 200)
    private String head;

    @Email
    @Size(max = 320)
    private String contactEmail;

    private long version;

    static DepartmentForm of(Department department) {
        DepartmentForm form = new DepartmentForm();
        form.name = department.name();
        form.shortName = department.shortName();
        form.level = department.level();
        form.parentId = department.parent() == null ? null : department.parent().value();
        form.head = department.head();
        form.contactEmail = department.contactEmail();
        form.version = department.version();
        return form;
    }

    DepartmentData data() {
        return new DepartmentData(
                name, shortName, level, parentId == null ? null : new DepartmentId(parentId), head, contactEmail);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public DepartmentLevel getLevel() {
        return level;
    }

    public void setLevel(DepartmentLevel level) {
        this.level = level;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
    }

    public String getHead() {
        return head;
    }

    public void setHead(String head) {
        this.head = head;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
