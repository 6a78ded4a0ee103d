package org.blenddialer.campaigns.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.blenddialer.core.campaign.DispositionMeaning;

/**
 * A disposition as an administrator defines it.
 *
 * @param code stable code, e.g. SALE
 * @param label text agents see
 * @param meaning what it means for the lead and the figures
 * @param active whether agents may choose it
 */
public record DispositionDefinition(
    @NotNull
        @Pattern(
            regexp = "[A-Z0-9_]{1,40}",
            message = "may hold only capital letters, digits and '_' (at most 40)")
        String code,
    @NotBlank @Size(max = 100) String label,
    @NotNull DispositionMeaning meaning,
    Boolean active) {}
