package org.blenddialer.leads.importing;

/**
 * One record of a lead file.
 *
 * @param line the physical line (CSV) or row number (XLSX) where the record starts, 1-based
 * @param values the fields as written, never null (missing cells are empty strings)
 */
public record SourceRow(long line, String[] values) {

  /** True when every field is empty or blank (a blank line, an empty spreadsheet row). */
  public boolean isBlank() {
    for (String value : values) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The record written back as one line, for the report of a row that cannot be read field by
   * field.
   */
  public String raw(char delimiter) {
    return String.join(String.valueOf(delimiter), values);
  }
}
