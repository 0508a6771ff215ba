package de.lotse.portfolio.api;

import de.lotse.portfolio.Milestone;
import de.lotse.portfolio.MilestoneData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone in the REST API: the request body, and with id and version the response. */
record MilestoneBody(
        UUID id, Long version, @NotBlank @Size(max = 300) String title, @NotNull LocalDate due, Boolean done) {

    MilestoneData data() {
        return new MilestoneData(title, due, done != null && done);
    }

    static MilestoneBody of(Milestone milestone) {
        return new MilestoneBody(
                milestone.id(), milestone.version(), milestone.title(), milestone.due(), milestone.done());
    }
}
