package org.blenddialer.acd.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A pause reason as an administrator defines it.
 *
 * @param code stable code, e.g. LUNCH
 * @param label text agents see, e.g. "Frokost"
 * @param paid whether the pause counts as paid working time
 * @param maxMinutes longest expected pause, or null for no limit
 * @param active whether agents may choose it
 */
public record PauseReasonDefinition(
    @NotNull
        @Pattern(
            regexp = "[A-Z0-9_]{1,40}",
            message = "may hold only capital letters, digits and '_' (at most 40)")
        String code,
    @NotBlank @Size(max = 100) String label,
    boolean paid,
    @Min(1) @Max(480) Integer maxMinutes,
    Boolean active) {}
