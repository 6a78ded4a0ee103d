package org.blenddialer.web;

import io.quarkus.qute.TemplateData;

/**
 * One link of the navigation bar.
 *
 * @param id stable element id for tests and keyboard users
 * @param href where it leads
 * @param label text in the user's language
 * @param active whether it is the section being shown
 */
@TemplateData
public record NavItem(String id, String href, String label, boolean active) {}
