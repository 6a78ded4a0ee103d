package org.blenddialer.leads.service;

/** What became of one row of a lead file: a lead draft or a rejection. */
public sealed interface RowOutcome permits LeadDraft, Rejection {}
