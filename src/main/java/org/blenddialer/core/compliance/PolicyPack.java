package org.blenddialer.core.compliance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One jurisdiction's calling rules as data. Every rule names the row of the reference table it
 * comes from ({@code ref}) and its legal source ({@code citation}); figures the reference marks
 * unverified are flagged {@code unverified} and are configurable defaults.
 *
 * @param id pack id, e.g. {@code US-FL}
 * @param version increases with every change of the pack's content
 * @param title human-readable name
 * @param countries ISO countries the pack applies to (when {@code regions} is empty)
 * @param regions subdivisions the pack applies to, e.g. {@code US-FL}; more specific than countries
 * @param includes packs whose rules apply as well, e.g. US-FL includes US
 * @param callingWindows local-time windows calls must fall in
 * @param holidays public holidays for windows that exclude them
 * @param abandonCaps abandon-rate caps per campaign
 * @param recallLockouts re-call bans after abandoned or machine-answered calls
 * @param frequencyCaps caps on calls per person or number
 * @param registries national DNC registries to screen, with freshness and exemptions
 * @param consentRules when prior consent is needed
 * @param dialModeRules dial modes allowed per purpose
 * @param bannedSubjects subjects that may not be sold by phone
 * @param callRequirements how calls must be conducted (minimum ring, caller ID, messages)
 * @param reassignedNumbers when old consent needs a reassigned-numbers check, or null
 * @param recordRetention how long call records are kept, or null
 * @param notes free-text remarks (interpretations, limits)
 */
public record PolicyPack(
    String id,
    int version,
    String title,
    List<String> countries,
    List<String> regions,
    List<String> includes,
    List<CallingWindow> callingWindows,
    HolidayCalendar holidays,
    List<AbandonCap> abandonCaps,
    List<RecallLockout> recallLockouts,
    List<FrequencyCap> frequencyCaps,
    List<RegistryRule> registries,
    List<ConsentRule> consentRules,
    List<DialModeRule> dialModeRules,
    List<BannedSubject> bannedSubjects,
    List<CallRequirement> callRequirements,
    ReassignedNumbersRule reassignedNumbers,
    Period recordRetention,
    List<String> notes) {

  public PolicyPack {
    Objects.requireNonNull(id, "id");
    if (version < 1) {
      throw new IllegalArgumentException("pack " + id + ": version must be >= 1");
    }
    countries = copy(countries);
    regions = copy(regions);
    includes = copy(includes);
    callingWindows = copy(callingWindows);
    holidays = holidays == null ? HolidayCalendar.NONE : holidays;
    abandonCaps = copy(abandonCaps);
    recallLockouts = copy(recallLockouts);
    frequencyCaps = copy(frequencyCaps);
    registries = copy(registries);
    consentRules = copy(consentRules);
    dialModeRules = copy(dialModeRules);
    bannedSubjects = copy(bannedSubjects);
    callRequirements = copy(callRequirements);
    notes = copy(notes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Calls must start inside this local-time window on one of these days. */
  public record CallingWindow(
      String ref,
      String citation,
      CallPurpose purpose,
      Audience audience,
      Set<DayOfWeek> days,
      LocalTime from,
      LocalTime until,
      boolean excludeHolidays,
      boolean unverified) {
    public CallingWindow {
      Objects.requireNonNull(ref, "ref");
      days = Set.copyOf(Objects.requireNonNull(days, "days"));
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      if (!from.isBefore(until)) {
        throw new IllegalArgumentException("window " + ref + ": from must be before until");
      }
    }
  }

  /** Public holidays; a window excluding holidays denies in a year the calendar does not cover. */
  public record HolidayCalendar(List<Integer> years, List<LocalDate> dates) {
    /** No calendar at all. */
    public static final HolidayCalendar NONE = new HolidayCalendar(List.of(), List.of());

    public HolidayCalendar {
      years = years == null ? List.of() : List.copyOf(years);
      dates = dates == null ? List.of() : List.copyOf(dates);
    }
  }

  /** How an abandon rate is windowed. */
  public enum AbandonWindow {
    /** The last 30 days, rolling (US). */
    ROLLING_30_DAYS,
    /** The current calendar day (UK). */
    CALENDAR_DAY
  }

  /** At most {@code maxRate} of live-answered calls per campaign may be abandoned. */
  public record AbandonCap(
      String ref,
      String citation,
      double maxRate,
      AbandonWindow window,
      boolean includeAmdFalsePositives) {
    public AbandonCap {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(window, "window");
      if (maxRate < 0 || maxRate > 1) {
        throw new IllegalArgumentException("abandon cap " + ref + ": rate must be in [0, 1]");
      }
    }
  }

  /**
   * After an attempt with this outcome, the number is not called again within {@code period} (or on
   * the same local day when {@code sameLocalDay}) unless an agent is guaranteed and {@code
   * agentGuaranteedExempt}.
   */
  public record RecallLockout(
      String ref,
      String citation,
      AttemptOutcome after,
      Duration period,
      boolean sameLocalDay,
      boolean agentGuaranteedExempt) {
    public RecallLockout {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(after, "after");
      if (period == null && !sameLocalDay) {
        throw new IllegalArgumentException("lockout " + ref + ": needs a period or sameLocalDay");
      }
    }
  }

  /** What a frequency cap counts. */
  public enum CapScope {
    /** Calls to the person on any of their numbers about the same subject. */
    PERSON_SAME_SUBJECT,
    /** Calls to the person on any of their numbers. */
    PERSON,
    /** Calls to this number. */
    NUMBER
  }

  /** At most {@code maxCalls} calls within {@code window}, counted per {@code scope}. */
  public record FrequencyCap(
      String ref,
      String citation,
      CallPurpose purpose,
      int maxCalls,
      Duration window,
      CapScope scope) {
    public FrequencyCap {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(scope, "scope");
      if (maxCalls < 1) {
        throw new IllegalArgumentException("frequency cap " + ref + ": maxCalls must be >= 1");
      }
    }
  }

  /**
   * A consent of this basis to the calling company, no older than {@code maxAge} (if set), lifts a
   * registry listing.
   */
  public record Exemption(ConsentBasis basis, Period maxAge) {
    public Exemption {
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * Screen against this registry for calls of this purpose; the registry copy must be younger than
   * {@code maxAge}. A listed number is refused unless an exemption applies.
   */
  public record RegistryRule(
      String ref,
      String citation,
      String registry,
      CallPurpose purpose,
      Duration maxAge,
      List<Exemption> exemptions,
      boolean unverified) {
    public RegistryRule {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(registry, "registry");
      Objects.requireNonNull(maxAge, "maxAge");
      exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }
  }

  /** When a consent rule applies. */
  public enum ConsentTrigger {
    /** Every call of the purpose. */
    ALWAYS,
    /** Calls placed automatically by the dialer or playing a prerecorded message. */
    AUTOMATIC_OR_PRERECORDED,
    /** Calls playing a prerecorded message. */
    PRERECORDED
  }

  /** Calls of this purpose to these number types need a consent of an accepted basis. */
  public record ConsentRule(
      String ref,
      String citation,
      CallPurpose purpose,
      Audience audience,
      Set<NumberType> numberTypes,
      ConsentTrigger trigger,
      Set<ConsentBasis> accepted) {
    public ConsentRule {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(trigger, "trigger");
      numberTypes = numberTypes == null ? Set.of() : Set.copyOf(numberTypes);
      accepted = Set.copyOf(Objects.requireNonNull(accepted, "accepted"));
    }
  }

  /** Calls of this purpose may only be placed in these dial modes. */
  public record DialModeRule(
      String ref, String citation, CallPurpose purpose, Set<DialMode> allowed) {
    public DialModeRule {
      Objects.requireNonNull(ref, "ref");
      allowed = Set.copyOf(Objects.requireNonNull(allowed, "allowed"));
    }
  }

  /** This subject may not be sold by phone. */
  public record BannedSubject(String ref, String citation, String subject) {
    public BannedSubject {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(subject, "subject");
    }
  }

  /** Kinds of call-conduct requirement. */
  public enum RequirementKind {
    /** Ring at least {@code duration} before giving up. */
    MINIMUM_RING,
    /** Abandoned calls hear an information message within {@code duration}. */
    ABANDON_MESSAGE,
    /** A returnable caller ID is presented. */
    CALLER_ID_SHOWN,
    /** Answering-machine detection decides within {@code duration} of the greeting. */
    AMD_DECISION_WITHIN,
    /** The caller states name and commercial purpose at once. */
    IDENTIFY_AT_ONCE
  }

  /** How a call must be conducted. */
  public record CallRequirement(
      String ref, String citation, RequirementKind kind, Duration duration) {
    public CallRequirement {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Consent older than {@code consentOlderThan} needs a "not reassigned" answer before use. */
  public record ReassignedNumbersRule(
      String ref, String citation, Period consentOlderThan, boolean unverified) {
    public ReassignedNumbersRule {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(consentOlderThan, "consentOlderThan");
    }
  }
}
