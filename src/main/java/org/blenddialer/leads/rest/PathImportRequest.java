package org.blenddialer.leads.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.blenddialer.core.leads.DuplicatePolicy;

/**
 * An import of a file that is already on the server, in the configured import directory.
 *
 * @param campaignId the campaign the new list belongs to
 * @param name the new list's name
 * @param path the file, relative to the import directory
 * @param defaultCountry ISO country for numbers without a country code (default from config)
 * @param duplicatePolicy SKIP, KEEP_NEWEST or KEEP_ALL (default SKIP)
 * @param hasHeader whether the first row names the columns (default true)
 * @param mapping the column mapping (default: guessed from the header names)
 */
public record PathImportRequest(
    @NotNull @Positive Long campaignId,
    @NotBlank String name,
    @NotBlank String path,
    String defaultCountry,
    DuplicatePolicy duplicatePolicy,
    Boolean hasHeader,
    MappingRequest mapping) {}
