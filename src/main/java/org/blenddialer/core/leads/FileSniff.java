package org.blenddialer.core.leads;

/**
 * What a lead file is, decided from its first bytes: the kind, and for text the encoding and how
 * many byte-order-mark bytes to skip.
 *
 * @param kind what the file is
 * @param encoding the text encoding (null unless {@code kind} is TEXT)
 * @param bomLength bytes of byte-order mark at the start, to skip before reading text
 * @param encodingCertain false when the encoding was guessed as UTF-8 from a clean sample only, so
 *     the whole file must still be checked (a Latin-1 byte may come later)
 */
public record FileSniff(
    FileKind kind, TextEncoding encoding, int bomLength, boolean encodingCertain) {

  public FileSniff {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if ((kind == FileKind.TEXT) != (encoding != null)) {
      throw new IllegalArgumentException("a text file needs an encoding, other kinds none");
    }
    if (bomLength < 0 || bomLength > 3) {
      throw new IllegalArgumentException("bomLength out of range: " + bomLength);
    }
  }

  /** Sniffs the head of a file (the first few kilobytes are enough; 64 KiB is plenty). */
  public static FileSniff of(byte[] head, int length) {
    if (length >= 4 && b(head, 0) == 0x50 && b(head, 1) == 0x4B && b(head, 2) == 3) {
      return new FileSniff(FileKind.XLSX, null, 0, true);
    }
    if (length >= 4 && b(head, 0) == 0xD0 && b(head, 1) == 0xCF && b(head, 2) == 0x11) {
      return new FileSniff(FileKind.LEGACY_XLS, null, 0, true);
    }
    if (length >= 3 && b(head, 0) == 0xEF && b(head, 1) == 0xBB && b(head, 2) == 0xBF) {
      return text(TextEncoding.UTF_8, 3, true, head, 3, length);
    }
    if (length >= 2 && b(head, 0) == 0xFF && b(head, 1) == 0xFE) {
      return new FileSniff(FileKind.TEXT, TextEncoding.UTF_16LE, 2, true);
    }
    if (length >= 2 && b(head, 0) == 0xFE && b(head, 1) == 0xFF) {
      return new FileSniff(FileKind.TEXT, TextEncoding.UTF_16BE, 2, true);
    }
    TextEncoding utf16 = utf16WithoutBom(head, length);
    if (utf16 != null) {
      return new FileSniff(FileKind.TEXT, utf16, 0, true);
    }
    Utf8Check check = new Utf8Check();
    check.feed(head, 0, length);
    boolean utf8 = check.validSoFar();
    return text(utf8 ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252, 0, !utf8, head, 0, length);
  }

  private static FileSniff text(
      TextEncoding encoding, int bom, boolean certain, byte[] head, int from, int length) {
    if (looksBinary(head, from, length)) {
      return new FileSniff(FileKind.BINARY, null, 0, true);
    }
    return new FileSniff(FileKind.TEXT, encoding, bom, certain);
  }

  /** Text files hold no NUL bytes and few control characters besides tab, CR, LF and FF. */
  private static boolean looksBinary(byte[] head, int from, int length) {
    int controls = 0;
    for (int i = from; i < length; i++) {
      int c = b(head, i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
        controls++;
      }
    }
    int size = length - from;
    return size > 0 && controls * 100 > size;
  }

  /** Excel and Notepad sometimes write UTF-16 without a BOM: half the bytes are then zero. */
  private static TextEncoding utf16WithoutBom(byte[] head, int length) {
    int pairs = length / 2;
    if (pairs < 2) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i + 1 < length; i += 2) {
      if (head[i] == 0) {
        zeroEven++;
      }
      if (head[i + 1] == 0) {
        zeroOdd++;
      }
    }
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 < pairs) {
      return TextEncoding.UTF_16LE;
    }
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 < pairs) {
      return TextEncoding.UTF_16BE;
    }
    return null;
  }

  private static int b(byte[] bytes, int i) {
    return bytes[i] & 0xFF;
  }
}
