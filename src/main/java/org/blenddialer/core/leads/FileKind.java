package org.blenddialer.core.leads;

/** What the first bytes of an uploaded lead file say it is. */
public enum FileKind {
  /** Delimited text (CSV, semicolon or tab separated). */
  TEXT,
  /** An Office Open XML workbook (a ZIP archive). */
  XLSX,
  /** The old binary Excel format (OLE2), which the import does not read. */
  LEGACY_XLS,
  /** Anything else: an image, an archive, an executable. */
  BINARY
}
