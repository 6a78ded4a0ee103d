package org.blenddialer.leads.rest;

import org.blenddialer.core.leads.PhoneKind;

/**
 * A phone column in a mapping.
 *
 * @param column header name, or {@code #N} for the N-th column
 * @param kind MOBILE, HOME, WORK or OTHER (default OTHER)
 */
public record PhoneColumnRequest(String column, PhoneKind kind) {}
