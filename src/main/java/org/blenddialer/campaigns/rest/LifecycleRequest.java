package org.blenddialer.campaigns.rest;

import jakarta.validation.constraints.Size;

/**
 * Optional note with a lifecycle action.
 *
 * @param reason why the campaign is started, paused, stopped or archived
 */
public record LifecycleRequest(@Size(max = 255) String reason) {}
