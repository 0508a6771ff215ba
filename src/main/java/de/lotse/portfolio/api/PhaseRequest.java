package de.lotse.portfolio.api;

import de.lotse.portfolio.ProjectPhase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of moving a project to another phase, with a note for the phase history. */
record PhaseRequest(@NotNull ProjectPhase phase, @Size(max = 2000) String note) {}
