package org.blenddialer.leads.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blenddialer.core.leads.FileSniff;
import org.blenddialer.core.leads.TextEncoding;
import org.blenddialer.core.leads.Utf8Check;

/**
 * Opens a lead file as the right kind of {@link RowSource}, judging by its content, not its name.
 */
public final class LeadFiles {

  static final int SNIFF_BYTES = 64 * 1024;

  private LeadFiles() {}

  /** Opens the file; refuses, as a whole, anything that is not delimited text or XLSX. */
  public static RowSource open(Path file) throws IOException {
    byte[] head = new byte[SNIFF_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    }
    if (length == 0) {
      throw new UnreadableLeadFileException("the file is empty");
    }
    FileSniff sniff = FileSniff.of(head, length);
    return switch (sniff.kind()) {
      case XLSX -> XlsxRowSource.open(file);
      case LEGACY_XLS ->
          throw new UnreadableLeadFileException(
              "the file is an old binary Excel workbook (.xls): save it as .xlsx or CSV");
      case BINARY ->
          throw new UnreadableLeadFileException(
              "the file is not text, CSV or XLSX (it holds binary data)");
      case TEXT ->
          CsvRowSource.open(file, encodingOf(file, sniff), sniff.bomLength(), head, length);
    };
  }

  /** A clean UTF-8 sample may still hide a Latin-1 byte further on: check the whole file then. */
  private static TextEncoding encodingOf(Path file, FileSniff sniff) throws IOException {
    if (sniff.encodingCertain()) {
      return sniff.encoding();
    }
    Utf8Check check = new Utf8Check();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0 && check.validSoFar()) {
        check.feed(buffer, 0, read);
      }
    }
    return check.validAtEnd() ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252;
  }
}
