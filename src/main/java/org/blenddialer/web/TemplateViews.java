package org.blenddialer.web;

import io.quarkus.qute.TemplateData;
import org.blenddialer.acd.rest.PauseReasonView;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.agents.rest.AgentDefinition;
import org.blenddialer.agents.rest.AgentView;
import org.blenddialer.campaigns.rest.CampaignDefinition;
import org.blenddialer.campaigns.rest.CampaignView;
import org.blenddialer.campaigns.rest.DispositionView;
import org.blenddialer.campaigns.rest.StateChangeView;
import org.blenddialer.users.rest.UserView;

/**
 * The API's view records that pages show, opened to templates. Pages show the same records the API
 * returns, so a screen never shows what the API would hide.
 */
@TemplateData(target = UserView.class)
@TemplateData(target = AgentView.class)
@TemplateData(target = AgentDefinition.Skill.class)
@TemplateData(target = QueueView.class)
@TemplateData(target = PauseReasonView.class)
@TemplateData(target = DispositionView.class)
@TemplateData(target = CampaignView.class)
@TemplateData(target = CampaignDefinition.Retry.class)
@TemplateData(target = StateChangeView.class)
@TemplateData(target = UiLanguage.class)
@TemplateData(target = org.blenddialer.core.campaign.CampaignState.class)
@TemplateData(target = org.blenddialer.dialer.service.CampaignFigures.Figures.class)
@TemplateData(target = org.blenddialer.dialer.service.CampaignBreakdown.Funnel.class)
@TemplateData(target = org.blenddialer.dialer.service.CampaignBreakdown.AgentResult.class)
@TemplateData(target = org.blenddialer.dialer.service.AgentDialing.Preview.class)
@TemplateData(target = org.blenddialer.dialer.service.AgentDialing.Callback.class)
@TemplateData(target = org.blenddialer.dialer.persistence.AttemptStore.AttemptRow.class)
@TemplateData(target = org.blenddialer.dialer.persistence.LeadBook.ScheduledCallback.class)
public final class TemplateViews {

  private TemplateViews() {}
}
