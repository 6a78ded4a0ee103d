package org.blenddialer.leads.service;

import org.blenddialer.core.leads.ColumnMapping;
import org.blenddialer.core.leads.DuplicatePolicy;

/**
 * What a campaign manager asks for when importing a file into a new list.
 *
 * @param campaignId the campaign the list belongs to
 * @param name the list's name
 * @param defaultCountry ISO country for numbers without a country code
 * @param policy what to do with duplicate numbers
 * @param hasHeader whether the first non-blank row holds the column names
 * @param mapping the column mapping, or null to guess it from the header names
 */
public record NewImport(
    long campaignId,
    String name,
    String defaultCountry,
    DuplicatePolicy policy,
    boolean hasHeader,
    ColumnMapping mapping) {}
