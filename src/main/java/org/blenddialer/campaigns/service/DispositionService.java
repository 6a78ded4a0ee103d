package org.blenddialer.campaigns.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.blenddialer.campaigns.persistence.Disposition;
import org.blenddialer.campaigns.rest.DispositionDefinition;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/** The list of dispositions agents choose from at the end of a call. */
@ApplicationScoped
public class DispositionService {

  /** All dispositions, by code. */
  @Transactional
  public List<Disposition> list() {
    return Disposition.listAll(Sort.by("code"));
  }

  /** Creates a disposition; codes are unique. */
  @Transactional
  public Disposition create(DispositionDefinition definition) {
    Disposition disposition = new Disposition();
    apply(disposition, definition);
    disposition.persist();
    return disposition;
  }

  /** Replaces a disposition's definition. */
  @Transactional
  public Disposition update(long id, DispositionDefinition definition) {
    Disposition disposition = Disposition.findById(id);
    if (disposition == null) {
      throw new NotFoundProblem("Disposition", id);
    }
    apply(disposition, definition);
    return disposition;
  }

  private static void apply(Disposition disposition, DispositionDefinition d) {
    Disposition other = Disposition.findByCode(d.code());
    if (other != null && !other.id.equals(disposition.id)) {
      throw new ConflictProblem("A disposition with code '" + d.code() + "' already exists");
    }
    disposition.code = d.code();
    disposition.label = d.label();
    disposition.meaning = d.meaning();
    disposition.active = d.active() == null || d.active();
  }
}
