package org.blenddialer.web;

import jakarta.validation.ConstraintViolation;
import java.util.Map;

/** Bean Validation refusals in the user's language, by the kind of constraint broken. */
final class ValidationTexts {

  private ValidationTexts() {}

  /** The refusal as a sentence, with the constraint's limits filled in. */
  static String of(ConstraintViolation<?> violation, Screen screen) {
    var descriptor = violation.getConstraintDescriptor();
    String kind = descriptor.getAnnotation().annotationType().getSimpleName();
    String text = screen.text("validation." + kind);
    if (text.equals("validation." + kind)) {
      return violation.getMessage();
    }
    Map<String, Object> attributes = descriptor.getAttributes();
    for (String name : new String[] {"min", "max", "value"}) {
      Object limit = attributes.get(name);
      if (limit != null) {
        text = text.replace("{" + name + "}", String.valueOf(limit));
      }
    }
    return text;
  }
}
