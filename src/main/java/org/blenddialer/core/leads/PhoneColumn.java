package org.blenddialer.core.leads;

/**
 * A column holding one of a lead's phone numbers.
 *
 * @param column where the number is
 * @param kind which of the lead's numbers it is
 */
public record PhoneColumn(ColumnRef column, PhoneKind kind) {

  public PhoneColumn {
    if (column == null || kind == null) {
      throw new IllegalArgumentException("a phone column needs a column and a kind");
    }
  }
}
