package org.blenddialer.telephony.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * AMI {@code QueueReload} (app_queue): re-reads queues.conf; with {@code Parameters: yes} only the
 * queues' parameters, members stay. asterisk-java has no class for it; its fields are the getters.
 */
public class QueueReloadAction extends AbstractManagerAction {

  private static final long serialVersionUID = 1L;

  @Override
  public String getAction() {
    return "QueueReload";
  }

  /** Reload the queues' parameters (announcements among them). */
  public String getParameters() {
    return "yes";
  }

  /** Leave the members as they are. */
  public String getMembers() {
    return "no";
  }

  /** Leave the penalty rules as they are. */
  public String getRules() {
    return "no";
  }
}
