package org.blenddialer.core.leads;

import java.util.List;
import java.util.Locale;

/**
 * A column of a lead file, named by its header or by its position (1-based, written {@code #3}).
 *
 * @param header the header text, matched ignoring case and surrounding spaces; null for position
 * @param position the 1-based column number; 0 when named by header
 */
public record ColumnRef(String header, int position) {

  public ColumnRef {
    if ((header == null) == (position == 0)) {
      throw new IllegalArgumentException("a column is named by header or by position, not both");
    }
    if (position < 0) {
      throw new IllegalArgumentException("column position must be 1 or more");
    }
    if (header != null && header.isBlank()) {
      throw new IllegalArgumentException("column header must not be blank");
    }
  }

  /** Reads {@code #3} as position 3 and anything else as a header name. */
  public static ColumnRef parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.matches("#[0-9]{1,4}")) {
      int position = Integer.parseInt(trimmed.substring(1));
      if (position == 0) {
        throw new InvalidMappingException("column positions start at #1");
      }
      return new ColumnRef(null, position);
    }
    if (trimmed.isEmpty()) {
      throw new InvalidMappingException("a mapped column is blank");
    }
    return new ColumnRef(trimmed, 0);
  }

  /** The 0-based index of this column among the headers (null when the file has none). */
  int indexIn(List<String> headers) {
    if (header == null) {
      if (headers != null && position > headers.size()) {
        throw new InvalidMappingException(
            "column #" + position + " does not exist: the file has " + headers.size());
      }
      return position - 1;
    }
    if (headers == null) {
      throw new InvalidMappingException(
          "column '" + header + "' is named by header but the file has no header row");
    }
    String wanted = header.toLowerCase(Locale.ROOT);
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    throw new InvalidMappingException(
        "the file has no column '" + header + "'; its columns are " + headers);
  }

  @Override
  public String toString() {
    return header != null ? header : "#" + position;
  }
}
