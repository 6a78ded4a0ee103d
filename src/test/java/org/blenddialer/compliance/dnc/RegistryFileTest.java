package org.blenddialer.compliance.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistryFileTest {

  @Test
  void readsNationalAndE164NumbersSkippingCommentsAndCountingJunk() throws Exception {
    String file =
        "# US National DNC extract\n"
            + "3055550123\n"
            + "(305) 555-0124\r\n"
            + "\n"
            + "+447700900123\n"
            + "not a number\n"
            + "305.555.0125";
    RegistryFile.Contents contents =
        RegistryFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "1");

    assertThat(contents.numbers().toArray())
        .containsExactly(13_055_550_123L, 13_055_550_124L, 447_700_900_123L, 13_055_550_125L);
    assertThat(contents.rejectedLines()).isEqualTo(1);
    assertThat(contents.firstRejectedLine()).isEqualTo(6);
  }
}
