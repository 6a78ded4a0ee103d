package org.blenddialer.platform.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blenddialer.acd.rest.PauseReasonDefinition;
import org.blenddialer.acd.rest.QueueDefinition;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.users.Role;

/**
 * The demo centre file: what a newcomer sees running on the first start.
 *
 * @param description what the demo shows
 * @param pauseReasons pause reasons
 * @param queues inbound queues
 * @param agents agents with their simulated phones and skills (queue by Asterisk name)
 * @param staff supervisors, managers and compliance officers
 * @param campaigns outbound campaigns (skill queues by Asterisk name)
 * @param leadLists example lead files imported into the campaigns
 */
public record DemoCentre(
    String description,
    List<PauseReasonDefinition> pauseReasons,
    List<QueueDefinition> queues,
    List<DemoAgent> agents,
    List<DemoStaff> staff,
    List<Map<String, Object>> campaigns,
    List<DemoLeadList> leadLists) {

  /**
   * An example lead file imported through the normal import pipeline.
   *
   * @param file the file, relative to the demo centre file's directory
   * @param campaign the campaign's name
   * @param name the list's name
   * @param defaultCountry country of numbers written without a country code
   */
  public record DemoLeadList(String file, String campaign, String name, String defaultCountry) {}

  /**
   * A demo agent.
   *
   * @param username login name
   * @param displayName name shown
   * @param device simulated phone interface
   * @param modes allowed modes
   * @param skills penalty per Asterisk queue name
   */
  public record DemoAgent(
      String username,
      String displayName,
      String device,
      Set<AgentMode> modes,
      Map<String, Integer> skills) {}

  /**
   * A demo back-office user.
   *
   * @param username login name
   * @param displayName name shown
   * @param roles roles held
   */
  public record DemoStaff(String username, String displayName, Set<Role> roles) {}
}
