package org.blenddialer.compliance.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.blenddialer.compliance.dnc.DncMemory;

/** Loads the DNC lists and registry copies at start and picks up other instances' additions. */
@ApplicationScoped
public class DncStartup {

  private final DncMemory memory;
  private final PolicyPackCatalogue catalogue;

  DncStartup(DncMemory memory, PolicyPackCatalogue catalogue) {
    this.memory = memory;
    this.catalogue = catalogue;
  }

  // After the pack catalogue (default priority), which names the registries.
  void onStart(
      @Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600)
          StartupEvent event) {
    memory.loadLists();
    catalogue.registries().keySet().forEach(memory::loadRegistry);
  }

  @Scheduled(
      every = "${dialer.compliance.dnc-refresh:30s}",
      delayed = "${dialer.compliance.dnc-refresh:30s}")
  void refresh() {
    memory.refreshLists();
  }
}
