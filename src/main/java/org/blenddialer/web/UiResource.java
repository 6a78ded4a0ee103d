package org.blenddialer.web;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Consumer;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;

/** Base of the UI's resources. */
public abstract class UiResource {

  /** Post/redirect/get to a list page that notes what was just saved. */
  protected static Response saved(String path, String what) {
    return seeOther(
        path
            + "?saved="
            + java.net.URLEncoder.encode(what, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Post/redirect/get: the browser shows the page at {@code path} after a successful form. */
  protected static Response seeOther(String path) {
    return Response.seeOther(URI.create(path)).build();
  }

  /**
   * Checks a definition as the API would (Bean Validation, then the service's own rules) and runs
   * the action when it passes; what is wrong lands in the form, next to the fields it names.
   */
  protected static <T> boolean submit(
      FormState form, Validator validator, Screen screen, T definition, Consumer<T> action) {
    form.reject(validator.validate(definition), screen);
    if (form.invalid()) {
      return false;
    }
    try {
      action.accept(definition);
      return true;
    } catch (InvalidInputProblem e) {
      form.reject(screen.serviceErrors(e.fieldErrors()));
    } catch (ConflictProblem e) {
      form.rejectForm(screen.serviceText(e.getMessage()));
    }
    return false;
  }

  /**
   * A form shown again with its errors. It answers 200, as browsers expect of a page they should
   * show (a 4xx would also count as a failed load in the browser's console).
   */
  protected static Response invalid(String html) {
    return Response.ok().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
  }
}
