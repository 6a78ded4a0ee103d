package org.blenddialer.audit.rest;

import java.util.List;

/**
 * Writes CSV rows whose cells cannot run as spreadsheet formulas: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe.
 */
public final class CsvCells {

  private CsvCells() {}

  /** One CSV line (CRLF-terminated) of neutralised, quoted-where-needed cells. */
  public static String row(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = neutralise(value);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  static String neutralise(String value) {
    char first = value.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      return "'" + value;
    }
    return value;
  }
}
