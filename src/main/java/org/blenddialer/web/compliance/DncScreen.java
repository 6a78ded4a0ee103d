package org.blenddialer.web.compliance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.compliance.persistence.DncEntry;
import org.blenddialer.compliance.persistence.DncList;
import org.blenddialer.compliance.persistence.RegistryImport;
import org.blenddialer.compliance.service.DncService;
import org.blenddialer.compliance.service.PolicyPackCatalogue;
import org.blenddialer.compliance.service.RegistryImports;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * DNC lists and national registries: the internal and campaign lists with their newest entries,
 * adding a number, taking one off with the reason (kept in the list's removal history and the audit
 * trail), each registry's version in force and how fresh it is, importing a registry file.
 */
@Path("/ui/compliance/dnc")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DncScreen extends UiResource {

  private static final int SHOWN_ENTRIES = 50;

  private final Screen screen;
  private final DncService dnc;
  private final RegistryImports registries;
  private final PolicyPackCatalogue catalogue;
  private final InstantSource clock;
  private final Template page;

  DncScreen(
      Screen screen,
      DncService dnc,
      RegistryImports registries,
      PolicyPackCatalogue catalogue,
      InstantSource clock,
      @Location("compliance/dnc.html") Template page) {
    this.screen = screen;
    this.dnc = dnc;
    this.registries = registries;
    this.catalogue = catalogue;
    this.clock = clock;
    this.page = page;
  }

  @GET
  public String show(
      @QueryParam("list") String list,
      @QueryParam("number") String number,
      @QueryParam("remove") String remove,
      @QueryParam("saved") String saved,
      @QueryParam("removed") String removed) {
    FormState search = FormState.empty().put("number", number == null ? "" : number);
    FormState add = FormState.empty().put("list", list == null ? "internal" : list);
    FormState removal =
        FormState.empty()
            .put("removeList", list == null ? "internal" : list)
            .put("removeNumber", remove == null ? "" : remove);
    FormState registry = FormState.empty();
    return render(list, search, add, removal, registry, saved, removed);
  }

  /**
   * Takes a number off a list, with the reason; from the next dial decision on it may be called.
   */
  @POST
  @Path("removals")
  public Response remove(MultivaluedMap<String, String> body) {
    FormState removal = new FormState(body);
    String code =
        removal.trimmed("removeList") == null ? "internal" : removal.trimmed("removeList");
    String number = removal.trimmed("removeNumber");
    String reason = removal.trimmed("reason");
    if (number == null) {
      removal.reject("removeNumber", screen.text("validation.NotBlank"));
    }
    if (reason == null) {
      removal.reject("reason", screen.text("validation.NotBlank"));
    } else if (reason.length() > 500) {
      removal.reject("reason", screen.text("validation.Size").replace("{max}", "500"));
    }
    if (!removal.invalid()) {
      try {
        var done = dnc.remove(code, number, reason, screen.me().username());
        return seeOther(
            "/ui/compliance/dnc?list=" + encode(code) + "&removed=" + encode(done.e164));
      } catch (InvalidInputProblem e) {
        removal.renameFields(f -> f.equals("number") ? "removeNumber" : f);
        removal.reject(screen.serviceErrors(e.fieldErrors()));
      } catch (NotFoundProblem e) {
        removal.reject(
            "removeNumber", screen.text("complianceConsole.notOnList").replace("{list}", code));
      }
    }
    return invalid(
        render(
            code,
            FormState.empty(),
            FormState.empty().put("list", code),
            removal,
            FormState.empty(),
            null,
            null));
  }

  /** Adds a number to a list; it counts for the very next dial decision. */
  @POST
  @Path("entries")
  public Response add(MultivaluedMap<String, String> body) {
    FormState add = new FormState(body);
    String code = add.trimmed("list") == null ? "internal" : add.trimmed("list");
    String number = add.trimmed("entryNumber");
    String note = add.trimmed("note");
    if (number == null) {
      add.reject("entryNumber", screen.text("validation.NotBlank"));
    }
    if (note != null && note.length() > 500) {
      add.reject("note", screen.text("validation.Size").replace("{max}", "500"));
    }
    if (!add.invalid()) {
      try {
        DncEntry entry = dnc.add(code, number, "compliance-console", note, screen.me().username());
        return seeOther("/ui/compliance/dnc?list=" + encode(code) + "&saved=" + encode(entry.e164));
      } catch (InvalidInputProblem e) {
        add.renameFields(f -> f.equals("number") ? "entryNumber" : f);
        add.reject(screen.serviceErrors(e.fieldErrors()));
      } catch (NotFoundProblem e) {
        add.reject("list", screen.serviceText(e.getMessage()));
      }
    }
    return invalid(
        render(code, FormState.empty(), add, removalOf(code), FormState.empty(), null, null));
  }

  /** Imports a registry file (one number a line) that was current on the given date. */
  @POST
  @Path("registry-imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importRegistry(
      @RestForm String registry, @RestForm String asOf, @RestForm("file") FileUpload file) {
    FormState form = FormState.empty().put("registry", registry).put("asOf", asOf);
    Instant asOfInstant = LocalTimes.startOfDay(form, "asOf", screen);
    if (registry == null || registry.isBlank()) {
      form.reject("registry", screen.text("validation.NotNull"));
    }
    if (asOf == null || asOf.isBlank()) {
      form.reject("asOf", screen.text("validation.NotBlank"));
    }
    if (file == null || file.uploadedFile() == null || file.size() == 0) {
      form.reject("registryFile", screen.text("leadUpload.fileRequired"));
    }
    if (!form.invalid()) {
      try (InputStream in = Files.newInputStream(file.uploadedFile())) {
        RegistryImport done =
            registries.importFile(registry.trim(), asOfInstant, in, screen.me().username());
        return seeOther("/ui/compliance/dnc?saved=" + encode(done.registry + " #" + done.id));
      } catch (InvalidInputProblem e) {
        form.reject(screen.serviceErrors(e.fieldErrors()));
      } catch (NotFoundProblem e) {
        form.reject("registry", screen.serviceText(e.getMessage()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return invalid(
        render(
            null, FormState.empty(), FormState.empty(), removalOf("internal"), form, null, null));
  }

  /** Anything but a multipart form is refused after the role check (see LeadUploadScreen). */
  @POST
  @Path("registry-imports")
  @Consumes(MediaType.WILDCARD)
  public Response notAForm() {
    return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build();
  }

  private static FormState removalOf(String code) {
    return FormState.empty().put("removeList", code);
  }

  private String render(
      String listCode,
      FormState search,
      FormState add,
      FormState removal,
      FormState registry,
      String saved,
      String removed) {
    List<DncList> lists = dnc.lists();
    String code = listCode == null || listCode.isBlank() ? "internal" : listCode;
    List<DncEntry> entries;
    try {
      entries = dnc.entries(code, search.trimmed("number"), SHOWN_ENTRIES);
    } catch (InvalidInputProblem e) {
      search.reject(screen.serviceErrors(e.fieldErrors()));
      entries = List.of();
    } catch (NotFoundProblem e) {
      entries = List.of();
    }
    List<RemovalRow> removals;
    try {
      removals = dnc.removals(code, null, SHOWN_ENTRIES).stream().map(RemovalRow::of).toList();
    } catch (NotFoundProblem e) {
      removals = List.of();
    }
    return screen
        .page(page, DialCheckScreen.SECTION)
        .data("lists", lists.stream().map(ListRow::of).toList())
        .data("code", code)
        .data("entries", entries.stream().map(EntryRow::of).toList())
        .data("search", search)
        .data("add", add)
        .data("removal", removal)
        .data("removals", removals)
        .data("removed", removed)
        .data("registryForm", registry)
        .data("registries", registryRows())
        .data("saved", saved)
        .render();
  }

  private List<RegistryRow> registryRows() {
    Map<String, Duration> maxAge = new HashMap<>();
    catalogue
        .packs()
        .values()
        .forEach(
            pack ->
                pack.registries()
                    .forEach(
                        rule ->
                            maxAge.merge(
                                rule.registry(),
                                rule.maxAge(),
                                (a, b) -> a.compareTo(b) <= 0 ? a : b)));
    Instant now = clock.instant();
    return registries.status().stream()
        .map(
            s -> {
              RegistryImport latest = s.latest();
              Duration allowed = maxAge.get(s.registry());
              Long ageDays = latest == null ? null : Duration.between(latest.asOf, now).toDays();
              boolean fresh =
                  latest != null
                      && (allowed == null
                          || Duration.between(latest.asOf, now).compareTo(allowed) <= 0);
              return new RegistryRow(
                  s.registry(),
                  s.callingCode(),
                  latest == null ? null : latest.id,
                  latest == null ? null : latest.asOf,
                  latest == null ? null : latest.importedAt,
                  latest == null ? null : latest.numberCount,
                  latest == null ? null : latest.contentSha256.substring(0, 12),
                  ageDays,
                  allowed == null ? null : allowed.toDays(),
                  fresh);
            })
        .sorted(java.util.Comparator.comparing(RegistryRow::registry))
        .toList();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * A DNC list as the page lists it.
   *
   * @param code internal or campaign:id
   * @param kind INTERNAL or CAMPAIGN
   * @param title its title
   * @param createdAt when it was made
   */
  @TemplateData
  public record ListRow(String code, String kind, String title, Instant createdAt) {
    static ListRow of(DncList l) {
      return new ListRow(l.code, l.kind.name(), l.title, l.createdAt);
    }
  }

  /**
   * A DNC entry as the page lists it.
   *
   * @param number E.164
   * @param channel how the request came
   * @param note a note
   * @param addedAt when
   * @param addedBy by whom
   * @param encoded the number for a URL's query
   */
  @TemplateData
  public record EntryRow(
      String number, String channel, String note, Instant addedAt, String addedBy, String encoded) {
    static EntryRow of(DncEntry e) {
      return new EntryRow(e.e164, e.channel, e.note, e.addedAt, e.addedBy, encode(e.e164));
    }
  }

  /**
   * A number taken off a list, as the history shows it.
   *
   * @param number E.164
   * @param addedAt when it had been added
   * @param addedBy by whom
   * @param removedAt when it was taken off
   * @param removedBy by whom
   * @param reason why
   */
  @TemplateData
  public record RemovalRow(
      String number,
      Instant addedAt,
      String addedBy,
      Instant removedAt,
      String removedBy,
      String reason) {
    static RemovalRow of(org.blenddialer.compliance.persistence.DncRemoval r) {
      return new RemovalRow(r.e164, r.addedAt, r.addedBy, r.removedAt, r.removedBy, r.reason);
    }
  }

  /**
   * A registry with the version in force and its freshness.
   *
   * @param registry its id, e.g. US-NDNC
   * @param callingCode the country calling code of its numbers
   * @param version the import in force, or null when never imported
   * @param asOf when that copy was current
   * @param importedAt when it was imported
   * @param numbers how many numbers it holds
   * @param sha256 the start of the file's SHA-256
   * @param ageDays how old the copy is, in days
   * @param maxAgeDays the oldest copy a pack accepts, in days
   * @param fresh whether the copy is young enough for every pack that needs it
   */
  @TemplateData
  public record RegistryRow(
      String registry,
      String callingCode,
      Long version,
      Instant asOf,
      Instant importedAt,
      Long numbers,
      String sha256,
      Long ageDays,
      Long maxAgeDays,
      boolean fresh) {}
}
