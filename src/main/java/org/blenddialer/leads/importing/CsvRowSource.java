package org.blenddialer.leads.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.blenddialer.core.leads.DelimiterGuess;
import org.blenddialer.core.leads.TextEncoding;

/**
 * Reads delimited text with commons-csv: quoted fields with delimiters, quotes and line breaks
 * inside, CRLF or LF, blank lines and rows of any width. Each record carries the physical line it
 * starts on, counting the line breaks inside quoted fields.
 */
final class CsvRowSource implements RowSource {

  private static final String[] EMPTY = new String[0];
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final String description;
  private final char delimiter;
  private long linesBefore;

  private CsvRowSource(CSVParser parser, String description, char delimiter) {
    this.parser = parser;
    this.records = parser.iterator();
    this.description = description;
    this.delimiter = delimiter;
  }

  static CsvRowSource open(Path file, TextEncoding encoding, int bomLength, byte[] head, int length)
      throws IOException {
    Charset charset = Charset.forName(encoding.charsetName());
    String sample =
        decoder(charset).decode(ByteBuffer.wrap(head, bomLength, length - bomLength)).toString();
    char delimiter = DelimiterGuess.of(sample);
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(bomLength);
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, decoder(charset)), 1 << 16);
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreEmptyLines(false)
              .setAllowMissingColumnNames(true)
              .setLenientEof(true)
              .setTrailingData(true)
              .get();
      String description = "CSV " + charset.name() + " " + name(delimiter);
      return new CsvRowSource(
          CSVParser.builder().setReader(reader).setFormat(format).get(), description, delimiter);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Undecodable bytes become U+FFFD rather than stopping the import. */
  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private static String name(char delimiter) {
    return switch (delimiter) {
      case '\t' -> "tab";
      case ';' -> "semicolon";
      default -> "comma";
    };
  }

  @Override
  public SourceRow next() throws IOException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      long line = linesBefore + 1;
      linesBefore = parser.getCurrentLineNumber();
      return new SourceRow(line, record.values() == null ? EMPTY : record.values());
    } catch (UncheckedIOException e) {
      throw new UnreadableLeadFileException(
          "the file cannot be read as CSV after line "
              + linesBefore
              + ": "
              + e.getCause().getMessage(),
          e);
    }
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public char delimiter() {
    return delimiter;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
