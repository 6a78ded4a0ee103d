package org.blenddialer.leads.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.blenddialer.core.leads.ColumnMapping;
import org.blenddialer.core.leads.ColumnRef;
import org.blenddialer.core.leads.InvalidMappingException;
import org.blenddialer.core.leads.PhoneColumn;
import org.blenddialer.core.leads.PhoneKind;
import org.blenddialer.platform.error.InvalidInputProblem;

/**
 * A column mapping as the API takes it; columns by header name or {@code #N} for position N.
 *
 * @param phones the phone columns, main number first
 * @param name the column(s) that make the name, e.g. ["First name", "Last name"]
 * @param postalCode the postal code column
 * @param country the ISO country column
 * @param timeZone the IANA time zone column
 * @param customFields columns kept as custom fields
 * @param otherColumnsAsCustom keep every unmapped column as a custom field (default true)
 */
public record MappingRequest(
    List<PhoneColumnRequest> phones,
    List<String> name,
    String postalCode,
    String country,
    String timeZone,
    List<String> customFields,
    Boolean otherColumnsAsCustom) {

  /** The core mapping; a malformed one is a 400 naming the field. */
  public ColumnMapping toMapping() {
    if (phones == null || phones.isEmpty()) {
      throw InvalidInputProblem.ofField("mapping.phones", "must name at least one phone column");
    }
    List<PhoneColumn> phoneColumns = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      PhoneColumnRequest phone = phones.get(i);
      String field = "mapping.phones[" + i + "].column";
      ColumnRef ref = ref(field, phone == null ? null : phone.column());
      PhoneKind kind = phone.kind() == null ? PhoneKind.OTHER : phone.kind();
      phoneColumns.add(new PhoneColumn(ref, kind));
    }
    return new ColumnMapping(
        phoneColumns,
        refs("mapping.name", name),
        postalCode == null ? null : ref("mapping.postalCode", postalCode),
        country == null ? null : ref("mapping.country", country),
        timeZone == null ? null : ref("mapping.timeZone", timeZone),
        refs("mapping.customFields", customFields),
        otherColumnsAsCustom == null || otherColumnsAsCustom);
  }

  private static List<ColumnRef> refs(String field, List<String> columns) {
    if (columns == null) {
      return List.of();
    }
    List<ColumnRef> refs = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      refs.add(ref(field + "[" + i + "]", columns.get(i)));
    }
    return refs;
  }

  private static ColumnRef ref(String field, String column) {
    return guarded(field, ColumnRef::parse, column);
  }

  private static <T> T guarded(String field, Function<String, T> parse, String text) {
    try {
      if (text == null) {
        throw new InvalidMappingException("must name a column");
      }
      return parse.apply(text);
    } catch (InvalidMappingException | IllegalArgumentException e) {
      throw InvalidInputProblem.ofField(field, e.getMessage());
    }
  }
}
