package org.blenddialer.core.campaign;

/** What a campaign manager can do to a campaign's lifecycle. */
public enum CampaignAction {
  START,
  PAUSE,
  RESUME,
  STOP,
  ARCHIVE
}
