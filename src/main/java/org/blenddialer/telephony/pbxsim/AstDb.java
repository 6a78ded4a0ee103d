package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The simulator's Asterisk database (AstDB): entries stored as {@code /family/key}, kept across
 * simulator restarts as Asterisk keeps {@code astdb.sqlite3}. Used on the model thread only.
 */
final class AstDb {

  private final TreeMap<String, String> entries = new TreeMap<>();

  void put(String family, String key, String value) {
    entries.put(path(family, key), value);
  }

  /** Deletes one entry; false when there was none. */
  boolean delete(String family, String key) {
    return entries.remove(path(family, key)) != null;
  }

  /**
   * What {@code database show [family [keytree]]} prints: one line per entry under the prefix, the
   * full key padded to 50 characters and the value to 25, then the count. As in Asterisk, a prefix
   * matches whole path parts ({@code /a} matches {@code /a/x}, not {@code /ab/x}).
   */
  List<String> show(String prefix) {
    List<String> lines = new ArrayList<>();
    Map<String, String> shown = prefix.isEmpty() ? entries : under(prefix);
    if (!prefix.isEmpty() && entries.containsKey(prefix)) {
      lines.add(String.format("%-50s: %-25s", prefix, entries.get(prefix)));
    }
    shown.forEach((path, value) -> lines.add(String.format("%-50s: %-25s", path, value)));
    lines.add(lines.size() + " results found.");
    return lines;
  }

  /** Every entry under a family, key (without the family) to value. */
  Map<String, String> family(String family) {
    Map<String, String> out = new TreeMap<>();
    String prefix = "/" + family;
    under(prefix).forEach((path, value) -> out.put(path.substring(prefix.length() + 1), value));
    return out;
  }

  /** The entries below a path ({@code /a/...}), in key order: '0' is the character after '/'. */
  private SortedMap<String, String> under(String prefix) {
    return entries.subMap(prefix + "/", prefix + "0");
  }

  private static String path(String family, String key) {
    return "/" + family + "/" + key;
  }
}
