package de.lotse.portfolio.qualification;

import de.lotse.identity.Role;
import de.lotse.identity.UserAdministration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The municipality's digital pilots (people with the role PILOT and an active membership). */
@Component
public class Pilots {

    /** More pilots than any municipality has; the list is a choice in a form. */
    private static final int MAX = 1000;

    private final UserAdministration people;

    Pilots(UserAdministration people) {
        this.people = people;
    }

    /**
     * A digital pilot.
     *
     * @param id the person's account
     * @param name the display name
     */
    public record Pilot(UUID id, String name) {}

    /** The active pilots of the current municipality, by name. */
    public List<Pilot> all() {
        return people.page(new UserAdministration.Filter(null, Role.PILOT, true), PageRequest.of(0, MAX))
                .map(member -> new Pilot(member.id().value(), member.displayName()))
                .getContent();
    }
}
