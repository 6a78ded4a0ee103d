package org.blenddialer.web.desk;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.blenddialer.acd.live.CallerLookup;
import org.blenddialer.acd.live.ScreenPop;
import org.blenddialer.core.campaign.ScriptTemplate;

/**
 * The screen pop as the agent desk shows it: the caller's earlier calls, their leads, DNC and
 * consent status (each "unknown" with why when its source could not be read), and the script of the
 * campaign of their newest lead with that lead's fields filled in.
 *
 * @param callerNumber the number as the PBX gave it
 * @param e164 the number in E.164, null when it is not a phone number
 * @param earlierCalls the caller's last calls, newest first
 * @param leads their leads, newest first (empty when unknown)
 * @param leadsUnknown why the leads could not be read, or null
 * @param dncListedOn the DNC lists and registries the number is on
 * @param dncUnknown why the DNC status could not be read, or null
 * @param dncUnreadable lists that could not be read, with why, joined
 * @param consentState GRANTED, REVOKED or NONE; null when unknown
 * @param consentUnknown why consent could not be read, or null
 * @param script the campaign script with the lead's fields filled in, or null
 * @param scriptCampaign the campaign the script belongs to, or null
 */
@TemplateData
public record CallerCard(
    String callerNumber,
    String e164,
    List<ScreenPop.EarlierCall> earlierCalls,
    List<Lead> leads,
    String leadsUnknown,
    List<String> dncListedOn,
    String dncUnknown,
    String dncUnreadable,
    String consentState,
    String consentUnknown,
    String script,
    String scriptCampaign) {

  /**
   * One lead of the caller.
   *
   * @param name the lead's name
   * @param campaign the campaign's name
   * @param list the lead list's name
   * @param status its dialing status
   * @param lastOutcome the outcome of its last attempt, or null
   * @param lastAttemptAt when that was, or null
   */
  @TemplateData
  public record Lead(
      String name,
      String campaign,
      String list,
      String status,
      String lastOutcome,
      Instant lastAttemptAt) {}

  /** Whether the number is on any DNC list. */
  public boolean onDnc() {
    return dncUnknown == null && !dncListedOn.isEmpty();
  }

  /** The card of a caller, from what the screen pop's lookups found. */
  static CallerCard of(
      String callerNumber,
      List<ScreenPop.EarlierCall> earlier,
      CallerLookup.CallerInfo info,
      LongFunction<Optional<String>> scripts,
      String agentName) {
    List<Lead> leads = new ArrayList<>();
    String script = null;
    String scriptCampaign = null;
    if (info.leads().value() != null) {
      for (CallerLookup.KnownLead l : info.leads().value()) {
        leads.add(
            new Lead(
                l.name(),
                l.campaignName(),
                l.listName(),
                l.status(),
                l.lastOutcome(),
                l.lastAttemptAt()));
        if (script == null) {
          Optional<String> text = scripts.apply(l.campaignId());
          if (text.isPresent()) {
            script = new ScriptTemplate(text.get()).render(fields(l, agentName));
            scriptCampaign = l.campaignName();
          }
        }
      }
    }
    CallerLookup.DncStatus dnc = info.dnc().value();
    CallerLookup.ConsentStatus consent = info.consent().value();
    return new CallerCard(
        callerNumber,
        info.e164(),
        earlier,
        leads,
        info.leads().reason(),
        dnc == null ? List.of() : dnc.listedOn(),
        info.dnc().reason(),
        dnc == null || dnc.unreadable().isEmpty()
            ? null
            : String.join(", ", dnc.unreadable().keySet()),
        consent == null ? null : consent.state(),
        info.consent().reason(),
        script,
        scriptCampaign);
  }

  private static Map<String, String> fields(CallerLookup.KnownLead lead, String agentName) {
    Map<String, String> fields = new HashMap<>();
    if (lead.customFields() != null) {
      lead.customFields().forEach((k, v) -> fields.put(k, v == null ? null : String.valueOf(v)));
    }
    fields.putIfAbsent("name", lead.name());
    fields.put("agentName", agentName);
    return fields;
  }
}
