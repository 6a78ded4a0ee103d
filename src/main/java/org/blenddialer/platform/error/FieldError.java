package org.blenddialer.platform.error;

/**
 * One offending field of a rejected request.
 *
 * @param field the field's path in the request, e.g. {@code roles[0]}
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {}
