package org.blenddialer.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blenddialer.users.Role;
import org.blenddialer.users.persistence.UserAccount;
import org.blenddialer.users.service.UserService;
import org.blenddialer.web.preferences.UiPreferenceService;

/**
 * What every page of the current request shares: who is looking, in which language, and the
 * navigation their roles open. Pages render through {@link #page}.
 */
@RequestScoped
@io.quarkus.arc.Unremovable
public class Screen {

  /** Cookie that carries the language chosen before login (or on a shared browser). */
  public static final String LANGUAGE_COOKIE = "blenddialer-lang";

  private final SecurityIdentity identity;
  private final HttpHeaders headers;
  private final MessageCatalog catalog;
  private final UiPreferenceService preferences;
  private final UserService users;
  private final WebConfig config;
  private UiLanguage language;
  private CurrentUser me;
  private boolean meLoaded;
  private boolean offline;

  Screen(
      SecurityIdentity identity,
      HttpHeaders headers,
      MessageCatalog catalog,
      UiPreferenceService preferences,
      UserService users,
      WebConfig config) {
    this.identity = identity;
    this.headers = headers;
    this.catalog = catalog;
    this.preferences = preferences;
    this.users = users;
    this.config = config;
  }

  /**
   * Renders without reading the database: for failures met on the I/O thread (a refused role),
   * where blocking is not allowed. The language then comes from the cookie or the browser.
   */
  public Screen offline() {
    offline = true;
    return this;
  }

  /** The language of this request: the user's choice, else the cookie, else the browser's. */
  public UiLanguage language() {
    if (language == null) {
      language =
          loggedIn()
              ? preferences.languageOf(identity.getPrincipal().getName()).orElseGet(this::guess)
              : guess();
    }
    return language;
  }

  private UiLanguage guess() {
    Cookie cookie = headers.getCookies().get(LANGUAGE_COOKIE);
    return UiLanguage.ofTag(cookie == null ? null : cookie.getValue())
        .orElseGet(() -> UiLanguage.fromAcceptLanguage(headers.getHeaderString("Accept-Language")));
  }

  /** Whether someone is logged in. */
  public boolean loggedIn() {
    // Offline, the identity may not be resolved yet, and resolving it could block.
    return !offline && identity != null && !identity.isAnonymous();
  }

  /** The logged-in user, or null. */
  public CurrentUser me() {
    if (!meLoaded) {
      meLoaded = true;
      if (loggedIn()) {
        UserAccount account = users.getByUsername(identity.getPrincipal().getName());
        me =
            new CurrentUser(
                account.id,
                account.username,
                account.displayName,
                account.roles.isEmpty()
                    ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(account.roles));
      }
    }
    return me;
  }

  /** A text in the request's language. */
  public String text(String key) {
    return catalog.text(language(), key);
  }

  /** A service's own message (problem detail, refused field) in the request's language. */
  public String serviceText(String message) {
    return ServiceTexts.of(message, this::text);
  }

  /** A service's refused fields with their messages in the request's language. */
  public List<org.blenddialer.platform.error.FieldError> serviceErrors(
      List<org.blenddialer.platform.error.FieldError> errors) {
    return ServiceTexts.of(errors, this::text);
  }

  /** Formats for the request's language. */
  public LocalFormats formats() {
    return new LocalFormats(language().locale(), config.timeZone());
  }

  /** A page with the shared layout's data; {@code section} marks the active navigation link. */
  public TemplateInstance page(Template template, String section) {
    return template
        .data("m", messages())
        .data("t", new Labels(catalog.texts(language())))
        .data("fmt", formats())
        .data("lang", language())
        .data("languages", List.of(UiLanguage.values()))
        .data("me", me())
        .data("nav", navigation(section))
        .data("section", section);
  }

  /** All texts of the request's language, keyed with '_' for '.' so templates can name them. */
  public Map<String, String> messages() {
    return catalog.templateTexts(language());
  }

  private List<NavItem> navigation(String section) {
    CurrentUser user = me();
    if (user == null) {
      return List.of();
    }
    List<NavItem> items = new ArrayList<>();
    Set<Role> roles = user.roles();
    for (RoleHome home : RoleHome.of(roles)) {
      String id = "nav-" + home.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      items.add(new NavItem(id, home.path(), text(home.labelKey()), home.path().equals(section)));
    }
    // Administrators may run campaigns too (the API allows it), so they get the section.
    if (roles.contains(Role.ADMIN) && !roles.contains(Role.CAMPAIGN_MANAGER)) {
      String path = RoleHome.CAMPAIGN_MANAGER.path();
      items.add(
          new NavItem("nav-campaign-manager", path, text("nav.campaigns"), path.equals(section)));
    }
    // compliance console, lead upload, servers, what-if: the simulator for planners
    if (roles.contains(Role.SUPERVISOR)
        || roles.contains(Role.CAMPAIGN_MANAGER)
        || roles.contains(Role.ADMIN)) {
      String path = "/ui/what-if";
      items.add(new NavItem("nav-what-if", path, text("nav.whatIf"), path.equals(section)));
    }
    return items;
  }
}
