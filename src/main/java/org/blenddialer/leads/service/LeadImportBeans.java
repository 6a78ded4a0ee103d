package org.blenddialer.leads.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.blenddialer.leads.persistence.LeadImportStore;

/** Wires the import's plain-Java parts into CDI. */
@ApplicationScoped
public class LeadImportBeans {

  @Produces
  @ApplicationScoped
  LeadImportStore leadImportStore(DataSource dataSource) {
    return new LeadImportStore(dataSource);
  }

  @Produces
  @ApplicationScoped
  PhoneNumbers phoneNumbers() {
    return new PhoneNumbers();
  }

  /** Used only where the compliance area's DoNotCallScrub bean is absent: marked leads. */
  @Produces
  @DefaultBean
  @ApplicationScoped
  DoNotCallScrub doNotCallScrub(LeadImportStore store) {
    return new MarkedLeadsDoNotCallScrub(store);
  }
}
