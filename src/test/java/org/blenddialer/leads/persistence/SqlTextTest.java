package org.blenddialer.leads.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A literal the import writes reads back as the same text, whatever the session's sql_mode. */
@QuarkusTest
class SqlTextTest {

  private static final String AWKWARD =
      "O'Brien '' \\' \\\\ \\0 \0 \n \r \u001a \" ; -- ') ; DROP TABLE lead; # Ærø Иван 😀";

  @Inject DataSource dataSource;

  @ParameterizedTest
  @ValueSource(strings = {"", "NO_BACKSLASH_ESCAPES"})
  void aLiteralReadsBackAsItsText(String extraMode) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String mode;
      try (ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
        rs.next();
        mode = rs.getString(1);
      }
      try {
        if (!extraMode.isEmpty()) {
          s.execute("SET SESSION sql_mode = '" + mode + "," + extraMode + "'");
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        SqlText.of(c).string(sql, AWKWARD);
        try (ResultSet rs = s.executeQuery(sql.toString())) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo(AWKWARD);
        }
      } finally {
        s.execute("SET SESSION sql_mode = '" + mode + "'");
      }
    }
  }
}
