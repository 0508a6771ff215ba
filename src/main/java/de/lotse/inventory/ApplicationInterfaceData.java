package de.lotse.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person can set on an interface of an application.
 *
 * @param to the application that receives
 * @param exchanges what is sent, e.g. "Meldedaten (XMeld)"
 */
public record ApplicationInterfaceData(@NotNull ApplicationId to, @NotBlank @Size(max = 500) String exchanges) {}
