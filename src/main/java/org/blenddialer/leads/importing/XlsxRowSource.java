package org.blenddialer.leads.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (fastexcel-reader parses the sheet
 * XML as it goes). Numbers are written out in full, so a phone number stored as a number keeps its
 * digits; a row's line is its spreadsheet row number.
 */
final class XlsxRowSource implements RowSource {

  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;

  private XlsxRowSource(ReadableWorkbook workbook, Stream<Row> rows) {
    this.workbook = workbook;
    this.rows = rows;
    this.iterator = rows.iterator();
  }

  static XlsxRowSource open(Path file) throws IOException {
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new UnreadableLeadFileException("the file looks like XLSX but cannot be opened", e);
    }
    try {
      return new XlsxRowSource(workbook, workbook.getFirstSheet().openStream());
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw new UnreadableLeadFileException("the workbook's first sheet cannot be read", e);
    }
  }

  @Override
  public SourceRow next() {
    try {
      if (!iterator.hasNext()) {
        return null;
      }
      Row row = iterator.next();
      String[] values = new String[row.getCellCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = text(row.getCell(i));
      }
      return new SourceRow(row.getRowNum(), values);
    } catch (RuntimeException e) {
      throw new UnreadableLeadFileException("the workbook's sheet is broken", e);
    }
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal number = cell.asNumber();
      return number.stripTrailingZeros().toPlainString();
    }
    String text = cell.getText();
    return text == null ? "" : text;
  }

  @Override
  public String description() {
    return "XLSX";
  }

  @Override
  public char delimiter() {
    return ',';
  }

  @Override
  public void close() throws IOException {
    rows.close();
    workbook.close();
  }
}
