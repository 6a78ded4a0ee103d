package org.blenddialer.leads.service;

import org.blenddialer.core.leads.ColumnMapping;
import org.blenddialer.core.leads.DuplicatePolicy;

/**
 * What one import should do.
 *
 * @param importId the job
 * @param listId the new list it fills
 * @param campaignId the campaign the list belongs to
 * @param defaultCountry ISO country for numbers without a country code
 * @param policy what to do with duplicate numbers
 * @param hasHeader whether the first non-blank row names the columns
 * @param mapping the column mapping, or null to guess it from the headers
 */
public record ImportSpec(
    long importId,
    long listId,
    long campaignId,
    String defaultCountry,
    DuplicatePolicy policy,
    boolean hasHeader,
    ColumnMapping mapping) {

  public ImportSpec {
    if (defaultCountry == null || policy == null) {
      throw new IllegalArgumentException("default country and duplicate policy are required");
    }
    if (mapping == null && !hasHeader) {
      throw new IllegalArgumentException("a file without a header row needs a column mapping");
    }
  }
}
