package org.blenddialer.audit.service;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What happened, to be appended to the audit trail. Start with {@link #of(String, String)} and add
 * what applies:
 *
 * <pre>
 * auditTrail.append(AuditEntry.of(username, "user.login").subject("user", username));
 * auditTrail.append(AuditEntry.of("dialer", "dial.decision").phone(e164).campaign(id)
 *     .decision("DENIED").rule("US#1").detail("localTime", "21:00"));
 * </pre>
 *
 * @param actor who did it (a username, or {@code dialer}/{@code system} for the service itself)
 * @param action what was done, dotted lower case, e.g. {@code dnc.entry.added}
 * @param subjectType kind of thing acted on, e.g. {@code campaign}, or null
 * @param subjectId its id, or null
 * @param phoneNumber E.164 number concerned, or null
 * @param campaignId campaign concerned, or null
 * @param decision outcome for decisions ({@code ALLOWED}/{@code DENIED}), or null
 * @param ruleId rule that decided, e.g. {@code US#1}, or null
 * @param details further facts, sorted by key
 */
public record AuditEntry(
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String phoneNumber,
    String campaignId,
    String decision,
    String ruleId,
    Map<String, String> details) {

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    if (actor.isBlank() || action.isBlank()) {
      throw new IllegalArgumentException("an audit entry names its actor and action");
    }
    details =
        details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
  }

  /** An entry saying {@code actor} did {@code action}. */
  public static AuditEntry of(String actor, String action) {
    return new AuditEntry(actor, action, null, null, null, null, null, null, Map.of());
  }

  /** The same entry about this subject. */
  public AuditEntry subject(String type, Object id) {
    return new AuditEntry(
        actor,
        action,
        type,
        id == null ? null : id.toString(),
        phoneNumber,
        campaignId,
        decision,
        ruleId,
        details);
  }

  /** The same entry about this phone number (E.164). */
  public AuditEntry phone(String e164) {
    return new AuditEntry(
        actor, action, subjectType, subjectId, e164, campaignId, decision, ruleId, details);
  }

  /** The same entry about this campaign. */
  public AuditEntry campaign(String id) {
    return new AuditEntry(
        actor, action, subjectType, subjectId, phoneNumber, id, decision, ruleId, details);
  }

  /** The same entry with a decision outcome. */
  public AuditEntry decision(String outcome) {
    return new AuditEntry(
        actor, action, subjectType, subjectId, phoneNumber, campaignId, outcome, ruleId, details);
  }

  /** The same entry naming the rule that decided. */
  public AuditEntry rule(String id) {
    return new AuditEntry(
        actor, action, subjectType, subjectId, phoneNumber, campaignId, decision, id, details);
  }

  /** The same entry with one more detail (a null value is left out). */
  public AuditEntry detail(String key, Object value) {
    if (value == null) {
      return this;
    }
    TreeMap<String, String> more = new TreeMap<>(details);
    more.put(key, value.toString());
    return new AuditEntry(
        actor, action, subjectType, subjectId, phoneNumber, campaignId, decision, ruleId, more);
  }
}
