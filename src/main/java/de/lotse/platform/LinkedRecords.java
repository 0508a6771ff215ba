package de.lotse.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a module links to another module's record, for that record's page to show without knowing the
 * module: the services a project brings online, for example. Each module declares a bean for each
 * kind of link it keeps.
 */
public interface LinkedRecords {

    /** The records of this kind linked to the given record, or nothing when none can be. */
    Optional<Group> linkedTo(String recordType, UUID id);

    /**
     * Records linked to one record, under one heading.
     *
     * @param headingKey the message key of the heading, e.g. {@code service-project.heading}
     * @param records by name
     */
    record Group(String headingKey, List<Link> records) {}

    /** One linked record: its name and its page. */
    record Link(String label, String href) {}
}
