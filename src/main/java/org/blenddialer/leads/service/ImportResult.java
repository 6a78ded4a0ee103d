package org.blenddialer.leads.service;

import org.blenddialer.core.leads.ImportState;

/**
 * How an import ended.
 *
 * @param state COMPLETED or FAILED
 * @param read rows read (blank lines and the header row not counted)
 * @param accepted rows that became leads
 * @param rejected rows in the report
 * @param problem why it failed, or null
 */
public record ImportResult(
    ImportState state, long read, long accepted, long rejected, String problem) {}
