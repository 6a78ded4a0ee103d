package org.blenddialer.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blenddialer.platform.error.FieldError;

/**
 * The services' own messages (problem details, refused fields), written in English for the API, in
 * the user's language for the screen. Each known message is a pattern whose groups fill {1}, {2} in
 * the translation {@code service.<key>}; a message no pattern knows stays as it is.
 */
final class ServiceTexts {

  private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

  private static void known(String regex, String key) {
    KNOWN.put(Pattern.compile(regex), key);
  }

  static {
    // users and profile
    known("must be at least (\\d+) characters", "minChars");
    known("does not match your password", "passwordMismatch");
    known("You cannot disable your own account", "disableSelf");
    known("Cannot \\w+ the last enabled administrator", "lastAdmin");
    known("A user named '(.+)' already exists", "userExists");
    // administration and campaigns
    known("A campaign named '(.+)' already exists", "campaignExists");
    known("A disposition with code '(.+)' already exists", "dispositionExists");
    known("A pause reason with code '(.+)' already exists", "pauseReasonExists");
    known("A queue with \\S+ '(.+)' already exists", "queueExists");
    known("Device (.+) already belongs to another agent", "deviceTaken");
    known("device (.+) is in use by (.+)", "deviceTaken");
    known("User (\\d+) already is an agent", "alreadyAgent");
    known("user '(.+)' lacks the AGENT role", "lacksAgentRole");
    known("no queue (\\d+)", "noQueue");
    known("no user (\\d+)", "noUser");
    known("queue (\\d+) is listed twice", "queueTwice");
    known("is required in POWER mode", "requiredPower");
    known("is required in PREDICTIVE mode", "requiredPredictive");
    known("must be after callingHoursStart", "endAfterStart");
    known("An archived campaign cannot be edited", "archivedCampaign");
    known("a connected call is not retried", "connectedNotRetried");
    known("(\\w+) has more than one rule", "twoRetryRules");
    known("a disposition code of 1-40 characters", "dispositionCode");
    known("at most (\\d+) characters", "atMostChars");
    // lead imports
    known("must be 1 to 200 characters", "nameLength");
    known("must be a campaign id \\(1 or more\\)", "campaignId");
    known("must be an ISO 3166 two-letter country code", "country");
    known("must be SKIP, KEEP_NEWEST or KEEP_ALL", "duplicatePolicy");
    known("a file without a header row needs a column mapping", "mappingNeeded");
    known("must name at least one phone column", "phoneColumnNeeded");
    known("must name a column", "columnNeeded");
    known("is not a valid JSON column mapping", "mappingJson");
    known(
        "import (\\d+) failed and kept nothing, so it has no report: (.*)", "importFailedNoReport");
    known("import (\\d+) is still running; its report comes at the end", "importRunning");
    // why a lead import failed
    known("the file is empty", "importEmpty");
    known(
        "the file is an old binary Excel workbook \\(\\.xls\\): save it as \\.xlsx or CSV",
        "importXls");
    known("the file is not text, CSV or XLSX \\(it holds binary data\\)", "importBinary");
    known(
        "the file looks like XLSX but cannot be opened|the workbook's first sheet cannot be read"
            + "|the workbook's sheet is broken",
        "importBrokenWorkbook");
    known(
        "the column mapping does not fit the file: no column looks like a phone number; give a"
            + " mapping\\. The columns are (.+)",
        "importNoPhoneColumn");
    known(
        "the column mapping does not fit the file: the file has no column '(.+)'; its columns are"
            + " (.+)",
        "importNoSuchColumn");
    known("the service stopped before the import finished", "importStopped");
    // compliance
    known("a phone number in E\\.164, e\\.g\\. (\\S+)", "e164Expected");
    known("not a valid phone number: (.+)", "invalidNumber");
    known("not a phone number in E\\.164: (.+)", "invalidNumber");
    known("not an IANA time zone: (.+)", "timeZone");
    known("the number's time zone is unknown: give the called party's zone", "zoneUnknown");
    known("the date the registry copy was current", "asOfNeeded");
    known("cannot be in the future", "future");
    known("a date \\(2026-11-01\\) or an ISO instant", "dateExpected");
    known("an ISO-8601 instant, e\\.g\\. .+", "instantExpected");
    known("an ISO instant like .+", "instantExpected");
    known("Campaign (.+) already has a DNC list", "campaignDncExists");
    known("the company consent is given to", "consentCompany");
    known("the kind of consent given", "consentBasis");
    known("how consent was given or withdrawn", "consentChannel");
    known("from must come before to", "fromBeforeTo");
    known("(.+) (\\S+) does not exist", "notFound");
  }

  private ServiceTexts() {}

  /** The message in the screen's language, or as it is when it is not a known one. */
  static String of(String message, UnaryOperator<String> texts) {
    if (message == null) {
      return null;
    }
    for (Map.Entry<Pattern, String> known : KNOWN.entrySet()) {
      Matcher m = known.getKey().matcher(message);
      if (m.matches()) {
        String key = "service." + known.getValue();
        String text = texts.apply(key);
        if (text.equals(key)) {
          return message;
        }
        if (known.getValue().equals("notFound")) {
          String thing = texts.apply("thing." + m.group(1).replace(' ', '_'));
          return text.replace("{1}", thing.startsWith("thing.") ? m.group(1) : thing)
              .replace("{2}", m.group(2));
        }
        for (int g = 1; g <= m.groupCount(); g++) {
          text = text.replace("{" + g + "}", m.group(g) == null ? "" : m.group(g));
        }
        return text;
      }
    }
    return message;
  }

  /** Refused fields with their messages in the screen's language. */
  static List<FieldError> of(List<FieldError> errors, UnaryOperator<String> texts) {
    List<FieldError> translated = new ArrayList<>();
    for (FieldError e : errors) {
      translated.add(new FieldError(e.field(), of(e.message(), texts)));
    }
    return translated;
  }
}
