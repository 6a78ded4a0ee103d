package org.blenddialer.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbeddedDatabaseSettingsTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void theEmbeddedServerRunsWithAOneGigabyteBufferPoolUnlessToldOtherwise() throws Exception {
    assertThat(EmbeddedDatabaseSettings.from(new Properties(), Map.of()).bufferPoolSize())
        .isEqualTo("1G");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT @@innodb_buffer_pool_size")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(1L << 30);
    }
  }

  @Test
  void theBufferPoolComesFromTheEnvironmentAndSystemPropertiesWin() {
    assertThat(
            EmbeddedDatabaseSettings.from(
                    new Properties(), Map.of("DIALER_DB_EMBEDDED_BUFFER_POOL_SIZE", "512M"))
                .bufferPoolSize())
        .isEqualTo("512M");
    Properties props = new Properties();
    props.setProperty("dialer.db.embedded.buffer-pool-size", "2G");
    assertThat(
            EmbeddedDatabaseSettings.from(
                    props, Map.of("DIALER_DB_EMBEDDED_BUFFER_POOL_SIZE", "512M"))
                .bufferPoolSize())
        .isEqualTo("2G");
  }

  @Test
  void aBufferPoolThatIsNotASizeIsRefusedWithTheKeyInTheMessage() {
    for (String bad : new String[] {"lots", "1 G", "0", "-1G", "1T", "1G;DROP"}) {
      assertThatThrownBy(
              () ->
                  EmbeddedDatabaseSettings.from(
                      new Properties(), Map.of("DIALER_DB_EMBEDDED_BUFFER_POOL_SIZE", bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("dialer.db.embedded.buffer-pool-size");
    }
  }
}
