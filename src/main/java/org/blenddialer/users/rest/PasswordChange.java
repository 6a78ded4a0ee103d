package org.blenddialer.users.rest;

import jakarta.validation.constraints.NotNull;

/**
 * A user's change of their own password.
 *
 * @param currentPassword the password in use now
 * @param newPassword the password to use from now on
 */
public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {}
