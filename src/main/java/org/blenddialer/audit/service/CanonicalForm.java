package org.blenddialer.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.blenddialer.audit.persistence.AuditRecord;

/**
 * The canonical form of an audit record and its SHA-256. Every field is written with its length so
 * that no two different records share a form, and the record's own sequence number and the previous
 * record's hash are part of it, so that an edit, a deletion or a reordering changes a hash
 * somewhere along the chain.
 */
final class CanonicalForm {

  /** The previous hash of the first record. */
  static final String GENESIS = "0".repeat(64);

  private CanonicalForm() {}

  static String hash(AuditRecord r) {
    StringBuilder form = new StringBuilder(256);
    field(form, Long.toString(r.seq));
    field(form, r.recordedAt.toString());
    field(form, r.actor);
    field(form, r.action);
    field(form, r.subjectType);
    field(form, r.subjectId);
    field(form, r.phoneNumber);
    field(form, r.campaignId);
    field(form, r.decision);
    field(form, r.ruleId);
    field(form, r.details);
    field(form, r.prevHash);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(form.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void field(StringBuilder form, String value) {
    if (value == null) {
      form.append("~|");
    } else {
      form.append(value.length()).append(':').append(value).append('|');
    }
  }

  /** Details as canonical JSON: keys sorted, strings escaped the one way we write them. */
  static String details(Map<String, String> sorted) {
    StringBuilder json = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      string(json, e.getKey());
      json.append(':');
      string(json, e.getValue());
    }
    return json.append('}').toString();
  }

  private static void string(StringBuilder json, String s) {
    json.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
