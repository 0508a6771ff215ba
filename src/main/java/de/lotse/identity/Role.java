package de.lotse.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person may do in a municipality. */
public enum Role {
    /** The CDO: everything within the municipality, including users and publishing. */
    ADMIN,
    /** Department head or project lead: maintains projects, applications and services. */
    EDITOR,
    /** Digital pilot (Lotsin/Lotse): reads, records trainings, comments. */
    PILOT,
    /** Leadership and council: reads everything, downloads reports. */
    VIEWER,
    /**
     * Runs the installation for its municipalities (municipal IT service provider): creates and
     * deactivates municipalities; belongs to none and never reads their data. Never a membership.
     */
    OPERATOR;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
