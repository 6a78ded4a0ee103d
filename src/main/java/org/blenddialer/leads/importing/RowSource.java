package org.blenddialer.leads.importing;

import java.io.Closeable;
import java.io.IOException;

/** The records of a lead file, read one at a time so that no file sits in memory whole. */
public interface RowSource extends Closeable {

  /** The next record, or null at the end of the file. */
  SourceRow next() throws IOException;

  /** How the file was read, for the import job: e.g. {@code CSV UTF-8 ';'} or {@code XLSX}. */
  String description();

  /** The delimiter used when a row is written back whole in the report. */
  char delimiter();
}
