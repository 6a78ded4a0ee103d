package org.blenddialer.journey.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.core.ivr.IvrMenu;
import org.blenddialer.core.ivr.MenuPlan;
import org.blenddialer.journey.persistence.IvrMenuRecord;
import org.blenddialer.journey.rest.MenuDefinition;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.FieldError;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/**
 * Voice menus as data: every change is checked against all the other menus and the inbound queues
 * as one plan before anything is stored, so a bad change leaves the menus as they were.
 */
@ApplicationScoped
public class MenuService {

  private final ObjectMapper json;
  private final InstantSource clock;

  MenuService(ObjectMapper json, InstantSource clock) {
    this.json = json;
    this.clock = clock;
  }

  /** A stored menu with its definition. */
  public record StoredMenu(String name, MenuDefinition definition, Instant updatedAt, String by) {}

  @Transactional
  public List<StoredMenu> list() {
    List<StoredMenu> out = new ArrayList<>();
    for (IvrMenuRecord r : IvrMenuRecord.<IvrMenuRecord>listAll()) {
      out.add(stored(r));
    }
    out.sort(java.util.Comparator.comparing(StoredMenu::name));
    return out;
  }

  @Transactional
  public StoredMenu get(String name) {
    return stored(IvrMenuRecord.byName(name).orElseThrow(() -> new NotFoundProblem("Menu", name)));
  }

  /** The checked plan of every stored menu (what the dialplan is generated from). */
  @Transactional
  public MenuPlan plan() {
    Map<String, IvrMenu> menus = new LinkedHashMap<>();
    for (IvrMenuRecord r : IvrMenuRecord.<IvrMenuRecord>listAll()) {
      menus.put(r.name, MenuMapping.toMenu(r.name, read(r.definition)));
    }
    return MenuPlan.of(List.copyOf(menus.values()), queues());
  }

  /**
   * Creates or replaces a menu. The whole plan with this change must be valid (every menu and queue
   * named exists, every menu has a way out); otherwise nothing is stored.
   */
  @Transactional
  public synchronized StoredMenu put(String name, MenuDefinition definition, String by) {
    IvrMenu menu = MenuMapping.toMenu(name, definition);
    Map<String, IvrMenu> menus = new LinkedHashMap<>();
    for (IvrMenuRecord r : IvrMenuRecord.<IvrMenuRecord>listAll()) {
      menus.put(r.name, MenuMapping.toMenu(r.name, read(r.definition)));
    }
    menus.put(name, menu);
    check(menus);
    Instant now = clock.instant();
    IvrMenuRecord r = IvrMenuRecord.byName(name).orElse(null);
    if (r == null) {
      r = new IvrMenuRecord();
      r.name = name;
      r.createdAt = now;
    }
    r.definition = write(definition);
    r.updatedAt = now;
    r.updatedBy = by;
    r.persist();
    return stored(r);
  }

  /** Deletes a menu; refused (409) while another menu sends callers to it. */
  @Transactional
  public synchronized void delete(String name) {
    IvrMenuRecord r =
        IvrMenuRecord.byName(name).orElseThrow(() -> new NotFoundProblem("Menu", name));
    List<String> users = plan().menusLeadingTo(name);
    if (!users.isEmpty()) {
      throw new ConflictProblem(
          "Menu "
              + name
              + " is still an option of "
              + String.join(", ", users)
              + ": change those first");
    }
    r.delete();
  }

  private void check(Map<String, IvrMenu> menus) {
    try {
      MenuPlan.of(List.copyOf(menus.values()), queues());
    } catch (MenuPlan.InvalidPlanException e) {
      List<FieldError> errors =
          e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
      throw new InvalidInputProblem(e.getMessage(), errors);
    }
  }

  private static Set<String> queues() {
    return InboundQueue.<InboundQueue>list("active", true).stream()
        .map(q -> q.asteriskQueue)
        .collect(Collectors.toSet());
  }

  private StoredMenu stored(IvrMenuRecord r) {
    return new StoredMenu(r.name, read(r.definition), r.updatedAt, r.updatedBy);
  }

  private MenuDefinition read(String text) {
    try {
      return json.readValue(text, MenuDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored menu definition unreadable", e);
    }
  }

  private String write(MenuDefinition d) {
    try {
      return json.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("menu definition not writable", e);
    }
  }
}
