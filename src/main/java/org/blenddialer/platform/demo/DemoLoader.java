package org.blenddialer.platform.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.agents.rest.AgentDefinition;
import org.blenddialer.agents.service.AgentService;
import org.blenddialer.campaigns.rest.CampaignDefinition;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.campaign.CampaignAction;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.leads.service.LeadImportService;
import org.blenddialer.leads.service.NewImport;
import org.blenddialer.platform.db.EmbeddedDatabase;
import org.blenddialer.platform.security.CurrentActor;
import org.blenddialer.users.Role;
import org.blenddialer.users.service.UserService;
import org.jboss.logging.Logger;

/**
 * Loads the demo centre on the first start of the embedded default (an empty database), through the
 * same services the API uses, so the demo obeys every validation rule.
 */
@ApplicationScoped
public class DemoLoader {

  private static final Logger LOG = Logger.getLogger(DemoLoader.class);

  private final DemoConfig config;
  private final ObjectMapper json;
  private final UserService users;
  private final QueueService queues;
  private final PauseReasonService pauseReasons;
  private final AgentService agents;
  private final CampaignService campaigns;
  private final LeadImportService leadImports;

  DemoLoader(
      DemoConfig config,
      ObjectMapper json,
      UserService users,
      QueueService queues,
      PauseReasonService pauseReasons,
      AgentService agents,
      CampaignService campaigns,
      LeadImportService leadImports) {
    this.leadImports = leadImports;
    this.config = config;
    this.json = json;
    this.users = users;
    this.queues = queues;
    this.pauseReasons = pauseReasons;
    this.agents = agents;
    this.campaigns = campaigns;
  }

  /**
   * After the first administrator exists. The centre is created in one transaction; the lead lists
   * are imported after it committed, outside any transaction, because an import manages its own
   * connection and commits (it cannot be enlisted in a caller's transaction).
   */
  void onStart(@Observes @Priority(3000) StartupEvent event) throws IOException {
    boolean wanted =
        switch (config.enabled()) {
          case "true" -> true;
          case "false" -> false;
          default -> EmbeddedDatabase.isActive();
        };
    if (!wanted || QuarkusTransaction.requiringNew().call(() -> InboundQueue.count() > 0)) {
      return;
    }
    Path file = Path.of(config.file());
    if (!Files.isRegularFile(file)) {
      LOG.warnf("Demo centre file %s not found; starting without demo data", file.toAbsolutePath());
      return;
    }
    DemoCentre centre = json.readValue(file.toFile(), DemoCentre.class);
    Map<String, Long> campaignIds = QuarkusTransaction.requiringNew().call(() -> load(centre));
    if (centre.leadLists() == null || centre.leadLists().isEmpty()) {
      return;
    }
    ManagedContext requests = Arc.container().requestContext();
    boolean activated = !requests.isActive();
    if (activated) {
      requests.activate();
    }
    try {
      for (DemoCentre.DemoLeadList list : centre.leadLists()) {
        importLeads(list, file.toAbsolutePath().getParent(), campaignIds);
      }
    } finally {
      if (activated) {
        requests.terminate();
      }
    }
  }

  /** Creates everything the demo centre describes; returns the campaigns' ids by name. */
  Map<String, Long> load(DemoCentre centre) {
    String password = config.password().orElseGet(DemoLoader::generatePassword);
    centre.pauseReasons().forEach(pauseReasons::create);
    Map<String, Long> queueIds = new HashMap<>();
    Map<String, Long> campaignIds = new HashMap<>();
    centre.queues().forEach(q -> queueIds.put(q.asteriskQueue(), queues.create(q).id));
    List<String> logins = new ArrayList<>();
    for (DemoCentre.DemoAgent a : centre.agents()) {
      long userId =
          users.create(a.username(), a.displayName(), password, EnumSet.of(Role.AGENT)).id;
      List<AgentDefinition.Skill> skills = new ArrayList<>();
      a.skills()
          .forEach(
              (queue, penalty) ->
                  skills.add(new AgentDefinition.Skill(queueIds.get(queue), penalty)));
      agents.create(new AgentDefinition(userId, a.displayName(), a.device(), a.modes(), skills));
      logins.add(a.username());
    }
    for (DemoCentre.DemoStaff s : centre.staff()) {
      users.create(s.username(), s.displayName(), password, s.roles());
      logins.add(s.username());
    }
    for (Map<String, Object> c : centre.campaigns()) {
      Map<String, Object> definition = new HashMap<>(c);
      @SuppressWarnings("unchecked")
      List<String> skillQueues = (List<String>) definition.remove("skillQueues");
      Set<Long> ids = new HashSet<>();
      if (skillQueues != null) {
        skillQueues.forEach(q -> ids.add(queueIds.get(q)));
      }
      definition.put("skillQueueIds", ids);
      // "start": true makes the demo dial at once, with whatever lead lists the demo loads.
      boolean start = Boolean.TRUE.equals(definition.remove("start"));
      long id = campaigns.create(json.convertValue(definition, CampaignDefinition.class)).id;
      campaignIds.put((String) c.get("name"), id);
      if (start) {
        campaigns.act(id, CampaignAction.START, "demo", "demo centre");
      }
    }

    if (config.password().isPresent()) {
      LOG.infof("Loaded the demo centre; demo users %s use DIALER_DEMO_PASSWORD", logins);
    } else {
      LOG.warnf(
          "Loaded the demo centre; demo users %s have the generated password %s (shown only once)",
          logins, password);
    }
    return campaignIds;
  }

  /**
   * Starts the import of one example file as an upload of a copy (an upload's file is deleted when
   * its import ends), so that it shows with its job and report like any campaign manager's list.
   */
  private void importLeads(DemoCentre.DemoLeadList list, Path dir, Map<String, Long> campaignIds)
      throws IOException {
    Long campaignId = campaignIds.get(list.campaign());
    Path source = dir.resolve(list.file()).normalize();
    if (campaignId == null || !Files.isRegularFile(source)) {
      LOG.warnf(
          "Demo lead list %s skipped: campaign '%s' or file %s not found",
          list.name(), list.campaign(), source);
      return;
    }
    Path copy = Files.createTempFile("demo-leads-", ".lead-file");
    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
    leadImports.startUpload(
        new NewImport(
            campaignId, list.name(), list.defaultCountry(), DuplicatePolicy.SKIP, true, null),
        copy,
        source.getFileName().toString(),
        CurrentActor.SYSTEM);
  }

  private static String generatePassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
