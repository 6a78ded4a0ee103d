package org.blenddialer.core.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * One DNC list's answer for one number.
 *
 * @param listId {@code internal}, {@code campaign:<id>} or a registry id such as {@code US-NDNC}
 * @param version the list version consulted (registry import id, or internal list revision)
 * @param asOf when the consulted copy was current (a registry's file date), null when unreadable
 * @param listed whether the number is on the list
 * @param failure why the list could not be read, null when it could
 */
public record ListAnswer(
    String listId, String version, Instant asOf, boolean listed, String failure) {

  public ListAnswer {
    Objects.requireNonNull(listId, "listId");
    if (failure == null) {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(asOf, "asOf");
    }
  }

  /** The list was read. */
  public static ListAnswer of(String listId, String version, Instant asOf, boolean listed) {
    return new ListAnswer(listId, version, asOf, listed, null);
  }

  /** The list could not be read (never imported, failed to load, ...). */
  public static ListAnswer unreadable(String listId, String why) {
    return new ListAnswer(listId, null, null, false, Objects.requireNonNull(why, "why"));
  }

  /** True when the list was read. */
  public boolean readable() {
    return failure == null;
  }
}
