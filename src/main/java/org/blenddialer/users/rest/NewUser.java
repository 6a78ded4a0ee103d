package org.blenddialer.users.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.blenddialer.users.Role;

/**
 * A user to create.
 *
 * @param username login name: letters, digits, dot, dash, underscore
 * @param displayName name shown to others
 * @param password initial password
 * @param roles roles to grant
 */
public record NewUser(
    @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[A-Za-z0-9._-]+",
            message = "may hold only letters, digits, '.', '-' and '_'")
        String username,
    @NotBlank @Size(max = 128) String displayName,
    @NotNull String password,
    @NotNull Set<@NotNull Role> roles) {}
