package org.blenddialer.web.leads;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blenddialer.campaigns.rest.CampaignView;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.leads.ColumnMapping;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.core.leads.PhoneKind;
import org.blenddialer.leads.config.LeadsConfig;
import org.blenddialer.leads.persistence.LeadImport;
import org.blenddialer.leads.rest.MappingRequest;
import org.blenddialer.leads.rest.PhoneColumnRequest;
import org.blenddialer.leads.service.LeadImportService;
import org.blenddialer.leads.service.NewImport;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploading a lead list into a campaign: the file, its column mapping, default country and
 * duplicate policy. A started import continues on its own page ({@link LeadImportScreen}).
 */
@Path("/ui/lead-uploads")
@RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class LeadUploadScreen extends UiResource {

  static final String FIELDS =
      "campaignId,name,file,defaultCountry,duplicatePolicy,hasHeader,phoneColumns,nameColumns,"
          + "postalCodeColumn,countryColumn,timeZoneColumn,otherColumnsAsCustom";

  private final Screen screen;
  private final CampaignService campaigns;
  private final LeadImportService imports;
  private final LeadsConfig config;
  private final Template form;

  LeadUploadScreen(
      Screen screen,
      CampaignService campaigns,
      LeadImportService imports,
      LeadsConfig config,
      @Location("leads/upload.html") Template form) {
    this.screen = screen;
    this.campaigns = campaigns;
    this.imports = imports;
    this.config = config;
    this.form = form;
  }

  @GET
  public String newUpload(@QueryParam("campaign") Long campaign) {
    FormState state =
        FormState.empty()
            .put("defaultCountry", config.defaultCountry())
            .put("duplicatePolicy", DuplicatePolicy.SKIP)
            .put("hasHeader", "on")
            .put("otherColumnsAsCustom", "on");
    if (campaign != null) {
      state.put("campaignId", campaign);
    }
    return page(state);
  }

  /** The form as the browser sends it: multipart, with the file. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @RestForm("file") FileUpload file,
      @RestForm String campaignId,
      @RestForm String name,
      @RestForm String defaultCountry,
      @RestForm String duplicatePolicy,
      @RestForm String hasHeader,
      @RestForm String phoneColumns,
      @RestForm String nameColumns,
      @RestForm String postalCodeColumn,
      @RestForm String countryColumn,
      @RestForm String timeZoneColumn,
      @RestForm String otherColumnsAsCustom) {
    FormState input =
        FormState.empty()
            .put("campaignId", campaignId)
            .put("name", name)
            .put("defaultCountry", defaultCountry)
            .put("duplicatePolicy", duplicatePolicy)
            .put("phoneColumns", phoneColumns)
            .put("nameColumns", nameColumns)
            .put("postalCodeColumn", postalCodeColumn)
            .put("countryColumn", countryColumn)
            .put("timeZoneColumn", timeZoneColumn);
    if (hasHeader != null) {
      input.put("hasHeader", "on");
    }
    if (otherColumnsAsCustom != null) {
      input.put("otherColumnsAsCustom", "on");
    }
    input.renameFields(LeadUploadScreen::formField);
    Long campaign = input.id("campaignId", screen);
    DuplicatePolicy policy = input.choice("duplicatePolicy", DuplicatePolicy.class, screen);
    if (campaign == null && !input.hasError("campaignId")) {
      input.reject("campaignId", screen.text("validation.NotNull"));
    }
    if (file == null || file.uploadedFile() == null || file.size() == 0) {
      input.reject("file", screen.text("leadUpload.fileRequired"));
    }
    ColumnMapping mapping = null;
    try {
      mapping = mapping(input);
    } catch (InvalidInputProblem e) {
      input.reject(screen.serviceErrors(e.fieldErrors()));
    }
    if (campaign != null) {
      try {
        campaigns.get(campaign);
      } catch (org.blenddialer.platform.error.NotFoundProblem e) {
        input.reject("campaignId", screen.text("validation.choice"));
      }
    }
    if (input.invalid()) {
      return invalid(page(input));
    }
    NewImport request =
        new NewImport(
            campaign,
            input.trimmed("name"),
            input.trimmed("defaultCountry"),
            policy == null ? DuplicatePolicy.SKIP : policy,
            input.flag("hasHeader"),
            mapping);
    try {
      LeadImport job =
          imports.startUpload(
              request, file.uploadedFile(), file.fileName(), screen.me().username());
      return seeOther("/ui/lead-imports/" + job.id);
    } catch (InvalidInputProblem e) {
      input.reject(screen.serviceErrors(e.fieldErrors()));
      return invalid(page(input));
    }
  }

  /**
   * Anything but a multipart form (a client posting JSON, say) is refused after the role check, so
   * a visitor who is not logged in still gets the login page.
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response notAForm() {
    return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build();
  }

  /** The mapping the form describes, or null to let the import guess it from the headers. */
  private ColumnMapping mapping(FormState input) {
    List<String> phones = columns(input.value("phoneColumns"));
    List<String> names = columns(input.value("nameColumns"));
    String postal = input.trimmed("postalCodeColumn");
    String country = input.trimmed("countryColumn");
    String zone = input.trimmed("timeZoneColumn");
    if (phones.isEmpty() && names.isEmpty() && postal == null && country == null && zone == null) {
      return null;
    }
    List<PhoneColumnRequest> phoneColumns = new ArrayList<>();
    for (String phone : phones) {
      int equals = phone.lastIndexOf('=');
      PhoneKind kind = PhoneKind.OTHER;
      String column = phone;
      if (equals > 0) {
        try {
          kind = PhoneKind.valueOf(phone.substring(equals + 1).trim().toUpperCase(Locale.ROOT));
          column = phone.substring(0, equals).trim();
        } catch (IllegalArgumentException e) {
          input.reject("phoneColumns", screen.text("leadUpload.phoneKindUnknown"));
        }
      }
      phoneColumns.add(new PhoneColumnRequest(column, kind));
    }
    return new MappingRequest(
            phoneColumns,
            names,
            postal,
            country,
            zone,
            List.of(),
            input.flag("otherColumnsAsCustom"))
        .toMapping();
  }

  private static List<String> columns(String text) {
    List<String> columns = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        columns.add(part.trim());
      }
    }
    return columns;
  }

  /** The form input that shows a field the service named (mapping.phones[0].column, ...). */
  static String formField(String field) {
    if (field.equals("mapping") || field.startsWith("mapping.phones")) {
      return "phoneColumns";
    }
    if (field.startsWith("mapping.name")) {
      return "nameColumns";
    }
    if (field.startsWith("mapping.postalCode")) {
      return "postalCodeColumn";
    }
    if (field.startsWith("mapping.country")) {
      return "countryColumn";
    }
    if (field.startsWith("mapping.timeZone")) {
      return "timeZoneColumn";
    }
    return field;
  }

  private String page(FormState state) {
    List<CampaignView> choices =
        campaigns.list().stream()
            .map(CampaignView::of)
            .filter(c -> c.state() != org.blenddialer.core.campaign.CampaignState.ARCHIVED)
            .toList();
    return screen
        .page(form, "/ui/campaigns")
        .data("form", state)
        .data("campaigns", choices)
        .data("policies", List.of(DuplicatePolicy.values()))
        .data("fields", FIELDS)
        .render();
  }
}
