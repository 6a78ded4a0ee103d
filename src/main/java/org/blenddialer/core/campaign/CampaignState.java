package org.blenddialer.core.campaign;

import java.util.EnumSet;
import java.util.Set;

/** Where a campaign is in its life; only a running campaign dials. */
public enum CampaignState {
  /** Being set up; never dialed. */
  DRAFT,
  /** Dialing. */
  RUNNING,
  /** Temporarily not dialing; resumes where it left off. */
  PAUSED,
  /** Not dialing; may be started again or archived. */
  STOPPED,
  /** Read-only history. */
  ARCHIVED;

  /** The state after the action, or an {@link IllegalCampaignTransition}. */
  public CampaignState after(CampaignAction action) {
    CampaignState next =
        switch (action) {
          case START -> this == DRAFT || this == STOPPED ? RUNNING : null;
          case PAUSE -> this == RUNNING ? PAUSED : null;
          case RESUME -> this == PAUSED ? RUNNING : null;
          case STOP -> this == RUNNING || this == PAUSED ? STOPPED : null;
          case ARCHIVE -> this == DRAFT || this == STOPPED ? ARCHIVED : null;
        };
    if (next == null) {
      throw new IllegalCampaignTransition(this, action, allowedActions());
    }
    return next;
  }

  /** The actions this state accepts. */
  public Set<CampaignAction> allowedActions() {
    return switch (this) {
      case DRAFT -> EnumSet.of(CampaignAction.START, CampaignAction.ARCHIVE);
      case RUNNING -> EnumSet.of(CampaignAction.PAUSE, CampaignAction.STOP);
      case PAUSED -> EnumSet.of(CampaignAction.RESUME, CampaignAction.STOP);
      case STOPPED -> EnumSet.of(CampaignAction.START, CampaignAction.ARCHIVE);
      case ARCHIVED -> EnumSet.noneOf(CampaignAction.class);
    };
  }

  /** Whether the campaign's definition may still be edited. */
  public boolean editable() {
    return this != ARCHIVED;
  }
}
