package org.blenddialer.web.desk;

import io.quarkus.qute.TemplateData;
import org.blenddialer.acd.kpi.KpiFigures;
import org.blenddialer.acd.live.ScreenPop;
import org.blenddialer.acd.live.SupervisorBoard;
import org.blenddialer.agents.live.AgentStatus;

/**
 * The live API records the desk and the wallboard show, opened to templates (the call inside an
 * agent's status is read separately, as {@link CallNow}).
 */
@TemplateData(target = AgentStatus.class, ignore = "currentCall")
@TemplateData(target = AgentStatus.QueueMembershipView.class)
@TemplateData(target = ScreenPop.EarlierCall.class)
@TemplateData(target = SupervisorBoard.QueueLive.class)
@TemplateData(target = KpiFigures.class)
public final class DeskViews {

  private DeskViews() {}
}
