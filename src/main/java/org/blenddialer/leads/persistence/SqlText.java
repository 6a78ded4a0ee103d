package org.blenddialer.leads.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes values into the text of a multi-row INSERT as MySQL/MariaDB string literals. The import
 * writes a million rows this way because the driver's batched prepared statement costs several
 * times more per value (it looks up an encoder per value and encodes each twice). Safe for any
 * text: the quote is doubled (valid with and without NO_BACKSLASH_ESCAPES), and backslash, NUL, CR,
 * LF and Ctrl-Z are escaped unless the session's sql_mode makes backslash an ordinary character;
 * the connection's character set is UTF-8, which has no multi-byte sequence containing a quote
 * byte.
 */
final class SqlText {

  private final boolean backslashEscapes;

  private SqlText(boolean backslashEscapes) {
    this.backslashEscapes = backslashEscapes;
  }

  /** The literal writer for this connection's sql_mode. */
  static SqlText of(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
      String mode = rs.next() ? rs.getString(1) : "";
      return new SqlText(mode == null || !mode.toUpperCase().contains("NO_BACKSLASH_ESCAPES"));
    }
  }

  /** Appends {@code value} as a quoted literal, or NULL. */
  void string(StringBuilder sql, String value) {
    if (value == null) {
      sql.append("NULL");
      return;
    }
    sql.append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\'' -> sql.append("''");
        case '\\' -> sql.append(backslashEscapes ? "\\\\" : "\\");
        case '\0' -> sql.append(backslashEscapes ? "\\0" : "\0");
        case '\n' -> sql.append(backslashEscapes ? "\\n" : "\n");
        case '\r' -> sql.append(backslashEscapes ? "\\r" : "\r");
        case '\u001a' -> sql.append(backslashEscapes ? "\\Z" : "\u001a");
        default -> sql.append(c);
      }
    }
    sql.append('\'');
  }
}
