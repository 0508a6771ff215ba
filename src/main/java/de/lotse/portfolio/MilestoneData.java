package de.lotse.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a milestone is.
 *
 * @param title e.g. "Zuschlag erteilt"
 * @param due the day it is due
 * @param done whether it is reached
 */
public record MilestoneData(@NotBlank @Size(max = 300) String title, @NotNull LocalDate due, boolean done) {}
