package org.blenddialer.users.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.blenddialer.users.Role;

/** A person (or API client) who can log in, with a bcrypt password hash and roles. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 64)
  public String username;

  @Column(name = "display_name", nullable = false, length = 128)
  public String displayName;

  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  @Column(nullable = false)
  public boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  public Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;

  /** The account with this username, if any. */
  public static UserAccount findByUsername(String username) {
    return find("username", username).firstResult();
  }

  /** Whether any enabled account holds the given role. */
  public static boolean anyEnabledWithRole(Role role) {
    return count(
            "select count(u) from UserAccount u join u.roles r where u.enabled = true and r = ?1",
            role)
        > 0;
  }
}
