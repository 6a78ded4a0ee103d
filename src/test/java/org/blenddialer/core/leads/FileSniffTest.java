package org.blenddialer.core.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileSniffTest {

  private static FileSniff sniff(byte[] bytes) {
    return FileSniff.of(bytes, bytes.length);
  }

  @Test
  void readsByteOrderMarks() {
    assertThat(sniff(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'}))
        .isEqualTo(new FileSniff(FileKind.TEXT, TextEncoding.UTF_8, 3, true));
    assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).encoding())
        .isEqualTo(TextEncoding.UTF_16LE);
    assertThat(sniff(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).encoding())
        .isEqualTo(TextEncoding.UTF_16BE);
  }

  @Test
  void tellsUtf16WithoutBomByItsZeroBytes() {
    assertThat(sniff("Name\tMobile\r\n".getBytes(StandardCharsets.UTF_16LE)).encoding())
        .isEqualTo(TextEncoding.UTF_16LE);
    assertThat(sniff("Name\tMobile\r\n".getBytes(StandardCharsets.UTF_16BE)).encoding())
        .isEqualTo(TextEncoding.UTF_16BE);
  }

  @Test
  void cleanUtf8IsUtf8ButMustStillBeCheckedToTheEnd() {
    FileSniff sniff = sniff("Søren;Ærø\n".getBytes(StandardCharsets.UTF_8));
    assertThat(sniff.encoding()).isEqualTo(TextEncoding.UTF_8);
    assertThat(sniff.encodingCertain()).isFalse();
  }

  @Test
  void latin1AndWindows1252AreReadAsWindows1252() {
    assertThat(sniff("Søren;Ærø\n".getBytes(StandardCharsets.ISO_8859_1)).encoding())
        .isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(sniff("Jürgen – ok\n".getBytes(Charset.forName("windows-1252"))).encoding())
        .isEqualTo(TextEncoding.WINDOWS_1252);
  }

  @Test
  void knowsWorkbooksAndBinaryFiles() {
    assertThat(sniff(new byte[] {'P', 'K', 3, 4, 0}).kind()).isEqualTo(FileKind.XLSX);
    assertThat(sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}).kind())
        .isEqualTo(FileKind.LEGACY_XLS);
    assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}).kind())
        .isEqualTo(FileKind.BINARY);
  }

  @Test
  void utf8CheckRejectsOverlongAndSurrogateSequencesAndAcceptsSplitOnes() {
    Utf8Check overlong = new Utf8Check();
    overlong.feed(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2);
    assertThat(overlong.validSoFar()).isFalse();
    Utf8Check surrogate = new Utf8Check();
    surrogate.feed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3);
    assertThat(surrogate.validSoFar()).isFalse();
    byte[] ae = "æ".getBytes(StandardCharsets.UTF_8);
    Utf8Check split = new Utf8Check();
    split.feed(ae, 0, 1);
    assertThat(split.validSoFar()).isTrue();
    assertThat(split.validAtEnd()).isFalse();
    split.feed(ae, 1, 2);
    assertThat(split.validAtEnd()).isTrue();
    assertThat(split.sawNonAscii()).isTrue();
  }
}
