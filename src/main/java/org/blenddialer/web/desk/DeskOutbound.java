package org.blenddialer.web.desk;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.LeadBook;
import org.blenddialer.dialer.service.AgentDialing;

/**
 * Puts together the outbound part of the desk: the agent's last outbound call while it runs and,
 * once over, its disposition and callback; otherwise the next lead to preview (claimed for the
 * agent by {@link AgentDialing#preview}, so it is shown only to an agent who is free to call).
 */
@ApplicationScoped
public class DeskOutbound {

  private final AgentDialing dialing;
  private final AttemptStore attempts;
  private final LeadBook leads;
  private final InstantSource clock;

  DeskOutbound(AgentDialing dialing, AttemptStore attempts, LeadBook leads, InstantSource clock) {
    this.dialing = dialing;
    this.attempts = attempts;
    this.leads = leads;
    this.clock = clock;
  }

  /**
   * The outbound part.
   *
   * @param preview the lead to preview, or null
   * @param previewNow the lead's local time now, as the user writes it, or null
   * @param last the agent's latest outbound attempt, or null
   * @param lastZone that lead's time zone
   * @param lastNow that lead's local time now, as the user writes it
   * @param inFlight whether that call is still going on
   * @param pending whether that call is over and waits for a disposition or a callback
   * @param callback the callback scheduled after it, or null
   * @param suggestedTime a local time for the callback field (tomorrow at this hour, lead's zone)
   * @param agentOnlyCallback whether that campaign can keep a callback for this agent only (a
   *     preview campaign)
   * @param key changes whenever the part must be shown afresh
   */
  @TemplateData
  public record View(
      AgentDialing.Preview preview,
      String previewNow,
      AttemptStore.AttemptRow last,
      String lastZone,
      String lastNow,
      boolean inFlight,
      boolean pending,
      LeadBook.ScheduledCallback callback,
      String suggestedTime,
      boolean agentOnlyCallback,
      String key) {}

  /** The part for an agent in a given state, with times written for {@code locale}. */
  public View view(long agentId, AgentStatus status, Locale locale) {
    AttemptStore.AttemptRow last = attempts.lastDialedBy(agentId);
    boolean inFlight = last != null && last.endedAt() == null;
    LeadBook.ScheduledCallback callback =
        last == null || inFlight ? null : leads.callbackAfter(last.leadId(), last.id());
    boolean pending = last != null && !inFlight && last.disposition() == null && callback == null;
    Instant now = clock.instant();
    String lastZone = null;
    String lastNow = null;
    String suggested = null;
    if (last != null) {
      ZoneId zone = leads.zoneOf(last.leadId());
      lastZone = zone.getId();
      lastNow = localNow(now, zone, locale);
      suggested =
          ZonedDateTime.ofInstant(now, zone)
              .plusDays(1)
              .withSecond(0)
              .withNano(0)
              .toLocalDateTime()
              .toString();
    }
    AgentDialing.Preview preview = null;
    String previewNow = null;
    // A lead is claimed only for an agent free to call it, and not while a call waits for its
    // outcome: the agent finishes one lead before taking the next.
    if (status.state() == AgentState.IDLE && !inFlight && !pending) {
      preview = dialing.preview(agentId);
      if (preview != null) {
        previewNow = localNow(now, zoneOf(preview.timeZone()), locale);
      }
    }
    String key =
        (preview == null ? "-" : String.valueOf(preview.attemptId()))
            + "|"
            + (last == null ? "-" : last.id() + ":" + inFlight + ":" + pending);
    boolean agentOnly = last != null && dialing.offersAgentOnlyCallbacks(last.campaignId());
    return new View(
        preview,
        previewNow,
        last,
        lastZone,
        lastNow,
        inFlight,
        pending,
        callback,
        suggested,
        agentOnly,
        key);
  }

  private static ZoneId zoneOf(String id) {
    try {
      return id == null || id.isBlank() ? ZoneId.of("UTC") : ZoneId.of(id);
    } catch (java.time.DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }

  private static String localNow(Instant now, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(now);
  }
}
