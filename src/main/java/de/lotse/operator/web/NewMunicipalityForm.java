package de.lotse.operator.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A municipality to register, with its first administrator, as the operator filled it in. */
class NewMunicipalityForm {

    @NotBlank
    private String ags;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 80)
    private String slug;

    @NotBlank
    @Size(max = 200)
    private String adminName;

    @NotBlank
    @Email
    @Size(max = 320)
    private String adminEmail;

    public String getAgs() {
        return ags;
    }

    public void setAgs(String ags) {
        this.ags = ags;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
