package org.blenddialer.users.rest;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.blenddialer.users.Role;

/**
 * The complete new set of roles for a user.
 *
 * @param roles roles the user holds from now on
 */
public record RolesChange(@NotNull Set<@NotNull Role> roles) {}
