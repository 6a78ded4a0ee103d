package org.blenddialer.web;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blenddialer.platform.error.FieldError;

/**
 * A form as submitted, with what is wrong with it: the values to show again and one message per
 * field (named as the API's problem+json {@code errors[].field} names it) to show next to it.
 */
@TemplateData
public final class FormState {

  private final MultivaluedMap<String, String> values;
  private final Map<String, String> fieldErrors = new LinkedHashMap<>();
  private final List<String> formErrors = new ArrayList<>();

  public FormState(MultivaluedMap<String, String> values) {
    this.values = values == null ? new MultivaluedHashMap<>() : values;
  }

  /** An empty form. */
  public static FormState empty() {
    return new FormState(new MultivaluedHashMap<>());
  }

  /** The submitted value of a field, or "" when it was not sent. */
  public String value(String field) {
    String v = values.getFirst(field);
    return v == null ? "" : v;
  }

  /** The submitted value, trimmed, or null when blank. */
  public String trimmed(String field) {
    String v = value(field).trim();
    return v.isEmpty() ? null : v;
  }

  /** All submitted values of a field (checkbox groups, multiple selects). */
  public List<String> values(String field) {
    List<String> v = values.get(field);
    return v == null ? List.of() : v;
  }

  /** Whether the option was among the field's submitted values. */
  public boolean checked(String field, Object option) {
    return values(field).contains(String.valueOf(option));
  }

  /** Sets a field's value, e.g. to fill an edit form from what is stored. */
  public FormState put(String field, Object value) {
    values.putSingle(field, value == null ? "" : String.valueOf(value));
    return this;
  }

  /** Adds one value to a multi-valued field. */
  public FormState add(String field, Object value) {
    values.add(field, String.valueOf(value));
    return this;
  }

  /** Marks a field wrong; the first message for a field wins. */
  public FormState reject(String field, String message) {
    fieldErrors.putIfAbsent(field, message);
    return this;
  }

  /** Adds an error about the form as a whole. */
  public FormState rejectForm(String message) {
    formErrors.add(message);
    return this;
  }

  /** Marks the fields the service named. */
  public FormState reject(List<FieldError> errors) {
    errors.forEach(e -> reject(e.field(), e.message()));
    return this;
  }

  /** Marks the fields Bean Validation refused, in the user's language. */
  public FormState reject(Set<? extends ConstraintViolation<?>> violations, Screen screen) {
    violations.stream()
        .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> reject(v.getPropertyPath().toString(), ValidationTexts.of(v, screen)));
    return this;
  }

  /** Whether anything is wrong. */
  public boolean invalid() {
    return !fieldErrors.isEmpty() || !formErrors.isEmpty();
  }

  /** Whether the field is wrong. */
  public boolean hasError(String field) {
    return fieldErrors.containsKey(field);
  }

  /** What is wrong with the field, or "". */
  public String error(String field) {
    return fieldErrors.getOrDefault(field, "");
  }

  /** Errors about the form as a whole. */
  public List<String> formErrors() {
    return formErrors;
  }

  /** Field errors whose field the form has no input for, shown above the form. */
  public List<String> otherErrors(String shownFields) {
    Set<String> shown = Set.of(shownFields.split(","));
    List<String> other = new ArrayList<>(formErrors);
    fieldErrors.forEach(
        (field, message) -> {
          if (!shown.contains(field)) {
            other.add(field + ": " + message);
          }
        });
    return other;
  }
}
