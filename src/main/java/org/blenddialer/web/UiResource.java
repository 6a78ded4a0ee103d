package org.blenddialer.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Base of the UI's resources. */
public abstract class UiResource {

  /** Post/redirect/get: the browser shows the page at {@code path} after a successful form. */
  protected static Response seeOther(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
