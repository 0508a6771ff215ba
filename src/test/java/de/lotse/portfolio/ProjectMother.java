package de.lotse.portfolio;

import java.util.UUID;

/** Projects for tests, with titles that do not collide between tests. */
public final class ProjectMother {

    private ProjectMother() {}

    public static ProjectData idea(String title) {
        return ProjectData.titled(title + " " + UUID.randomUUID().toString().substring(0, 8));
    }
}
