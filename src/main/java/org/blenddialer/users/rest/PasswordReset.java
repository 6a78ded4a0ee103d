package org.blenddialer.users.rest;

import jakarta.validation.constraints.NotNull;

/**
 * A new password set by an administrator.
 *
 * @param password the new password
 */
public record PasswordReset(@NotNull String password) {}
