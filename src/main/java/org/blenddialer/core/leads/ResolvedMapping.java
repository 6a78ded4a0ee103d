package org.blenddialer.core.leads;

/**
 * A column mapping fitted to one file: 0-based column indexes, -1 where a field is not mapped.
 *
 * @param phones phone column indexes, in order
 * @param phoneKinds the kind of each phone column
 * @param name name column indexes, joined with a space
 * @param postalCode postal code column or -1
 * @param country country column or -1
 * @param timeZone time zone column or -1
 * @param custom custom field column indexes
 * @param customNames the custom fields' names, one per index
 * @param headerWidth number of header columns, or -1 when the file has no header row
 */
public record ResolvedMapping(
    int[] phones,
    PhoneKind[] phoneKinds,
    int[] name,
    int postalCode,
    int country,
    int timeZone,
    int[] custom,
    String[] customNames,
    int headerWidth) {}
