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
  private java.util.function.UnaryOperator<String> fieldNames = f -> f;

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

  /** The field as a whole number; a malformed one is marked and given as {@code fallback}. */
  public Integer integer(String field, Integer fallback, Screen screen) {
    String v = trimmed(field);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      reject(field, screen.text("validation.wholeNumber"));
      return fallback;
    }
  }

  /** The field as an id (a choice from a list), or null. */
  public Long id(String field, Screen screen) {
    String v = trimmed(field);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      reject(field, screen.text("validation.choice"));
      return null;
    }
  }

  /** The field as a decimal number (either decimal separator), or null. */
  public java.math.BigDecimal decimal(String field, Screen screen) {
    String v = trimmed(field);
    if (v == null) {
      return null;
    }
    try {
      return new java.math.BigDecimal(v.replace(',', '.'));
    } catch (NumberFormatException e) {
      reject(field, screen.text("validation.number"));
      return null;
    }
  }

  /** The field as a time of day (HH:mm), or null. */
  public java.time.LocalTime time(String field, Screen screen) {
    String v = trimmed(field);
    if (v == null) {
      return null;
    }
    try {
      return java.time.LocalTime.parse(v);
    } catch (java.time.format.DateTimeParseException e) {
      reject(field, screen.text("validation.time"));
      return null;
    }
  }

  /** The field as one of an enum's constants, or null. */
  public <E extends Enum<E>> E choice(String field, Class<E> type, Screen screen) {
    String v = trimmed(field);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      reject(field, screen.text("validation.choice"));
      return null;
    }
  }

  /** The checked constants of a checkbox group; unknown ones are marked. */
  public <E extends Enum<E>> java.util.Set<E> choices(String field, Class<E> type, Screen screen) {
    java.util.Set<E> chosen = java.util.EnumSet.noneOf(type);
    for (String v : values(field)) {
      try {
        chosen.add(Enum.valueOf(type, v));
      } catch (IllegalArgumentException e) {
        reject(field, screen.text("validation.choice"));
      }
    }
    return chosen;
  }

  /** Whether a checkbox was checked. */
  public boolean flag(String field) {
    return !values(field).isEmpty();
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
    fieldErrors.putIfAbsent(fieldNames.apply(field), message);
    return this;
  }

  /**
   * How the API's field names map to this form's inputs, where they differ (a list entry such as
   * {@code skills[2].penalty} shown at the input of the queue it is about).
   */
  public FormState renameFields(java.util.function.UnaryOperator<String> names) {
    this.fieldNames = names;
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

  /** Whether the field named {@code prefix + id} is wrong (rows of a list, e.g. penalty-3). */
  public boolean hasErrorAt(String prefix, Object id) {
    return hasError(prefix + id);
  }

  /** What is wrong with the field named {@code prefix + id}, or "". */
  public String errorAt(String prefix, Object id) {
    return error(prefix + id);
  }

  /** The submitted value of the field named {@code prefix + id}, or "". */
  public String valueAt(String prefix, Object id) {
    return value(prefix + id);
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
