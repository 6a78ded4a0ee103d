package org.blenddialer.journey.service;

import java.util.Map;

/**
 * What deploying a generated Asterisk include did.
 *
 * @param file where the include was written
 * @param reloaded servers that reloaded it, with what they answered
 * @param notReloaded servers that did not, with why
 */
public record Deployment(
    String file, Map<String, String> reloaded, Map<String, String> notReloaded) {}
