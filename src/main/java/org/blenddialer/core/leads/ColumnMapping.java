package org.blenddialer.core.leads;

import java.util.ArrayList;
import java.util.List;

/**
 * Which columns of a lead file hold which lead fields. Columns not mapped become custom fields when
 * {@code otherColumnsAsCustom} is set (a file without headers names them {@code column_N}).
 *
 * @param phones the phone columns, in the order the hopper should try them; at least one
 * @param name columns that together make the lead's name (e.g. first and last name), may be empty
 * @param postalCode postal code column or null
 * @param country ISO country code column or null (the list's default country applies)
 * @param timeZone IANA time zone column or null
 * @param customFields columns kept as custom fields
 * @param otherColumnsAsCustom whether every column not mapped above is kept as a custom field
 */
public record ColumnMapping(
    List<PhoneColumn> phones,
    List<ColumnRef> name,
    ColumnRef postalCode,
    ColumnRef country,
    ColumnRef timeZone,
    List<ColumnRef> customFields,
    boolean otherColumnsAsCustom) {

  public ColumnMapping {
    if (phones == null || phones.isEmpty()) {
      throw new InvalidMappingException("the mapping names no phone column");
    }
    phones = List.copyOf(phones);
    name = name == null ? List.of() : List.copyOf(name);
    customFields = customFields == null ? List.of() : List.copyOf(customFields);
  }

  /** Fits the mapping to a file's header row (null when the file has none). */
  public ResolvedMapping resolve(List<String> headers) {
    List<String> names = headers == null ? null : uniqueNames(headers);
    int[] phoneIndexes = new int[phones.size()];
    PhoneKind[] kinds = new PhoneKind[phones.size()];
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      phoneIndexes[i] = phones.get(i).column().indexIn(headers);
      kinds[i] = phones.get(i).kind();
      used.add(phoneIndexes[i]);
    }
    int[] nameIndexes = new int[name.size()];
    for (int i = 0; i < name.size(); i++) {
      nameIndexes[i] = name.get(i).indexIn(headers);
      used.add(nameIndexes[i]);
    }
    int postal = indexOrNone(postalCode, headers, used);
    int countryIndex = indexOrNone(country, headers, used);
    int zone = indexOrNone(timeZone, headers, used);
    List<Integer> custom = new ArrayList<>();
    List<String> customNames = new ArrayList<>();
    for (ColumnRef ref : customFields) {
      int index = ref.indexIn(headers);
      custom.add(index);
      customNames.add(names != null ? names.get(index) : "column_" + (index + 1));
      used.add(index);
    }
    if (otherColumnsAsCustom && names != null) {
      for (int i = 0; i < names.size(); i++) {
        if (!used.contains(i) && !headers.get(i).isBlank()) {
          custom.add(i);
          customNames.add(names.get(i));
        }
      }
    }
    return new ResolvedMapping(
        phoneIndexes,
        kinds,
        nameIndexes,
        postal,
        countryIndex,
        zone,
        custom.stream().mapToInt(Integer::intValue).toArray(),
        customNames.toArray(String[]::new),
        headers == null ? -1 : headers.size());
  }

  private static int indexOrNone(ColumnRef ref, List<String> headers, List<Integer> used) {
    if (ref == null) {
      return -1;
    }
    int index = ref.indexIn(headers);
    used.add(index);
    return index;
  }

  /** Header names made unique for custom fields: a second "Note" becomes "Note_2". */
  static List<String> uniqueNames(List<String> headers) {
    List<String> result = new ArrayList<>(headers.size());
    for (String header : headers) {
      String base = header.trim().isEmpty() ? "column_" + (result.size() + 1) : header.trim();
      String candidate = base;
      int n = 2;
      while (result.contains(candidate)) {
        candidate = base + "_" + n++;
      }
      result.add(candidate);
    }
    return result;
  }
}
