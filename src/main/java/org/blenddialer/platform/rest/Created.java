package org.blenddialer.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: 201, its Location, and its view. */
public final class Created {

  private Created() {}

  /** 201 Created at {@code <request path>/<id>} with the view as body. */
  public static Response at(UriInfo uri, Object id, Object view) {
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(view)
        .build();
  }
}
