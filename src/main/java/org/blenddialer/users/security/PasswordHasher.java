package org.blenddialer.users.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.blenddialer.users.config.SecurityConfig;

/** Hashes and checks passwords with bcrypt. */
@ApplicationScoped
public class PasswordHasher {

  private final int cost;
  private final String decoyHash;

  PasswordHasher(SecurityConfig config) {
    this.cost = config.bcryptCost();
    // Checked against when the username is unknown, so the answer takes as long either way.
    this.decoyHash = hash("decoy-password-that-never-matches");
  }

  /** A new bcrypt hash of the password. */
  public String hash(String password) {
    return BCrypt.withDefaults()
        .hashToString(
            cost,
            password.getBytes(StandardCharsets.UTF_8).length > 72
                ? prehash(password)
                : password.toCharArray());
  }

  /** Whether the password matches the hash; a null hash spends the same time and says no. */
  public boolean matches(String password, String hash) {
    char[] candidate =
        password.getBytes(StandardCharsets.UTF_8).length > 72
            ? prehash(password)
            : password.toCharArray();
    boolean ok = BCrypt.verifyer().verify(candidate, hash == null ? decoyHash : hash).verified;
    return ok && hash != null;
  }

  /** bcrypt reads at most 72 bytes; longer passwords are reduced to a SHA-256 digest first. */
  private static char[] prehash(String password) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(password.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).toCharArray();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
