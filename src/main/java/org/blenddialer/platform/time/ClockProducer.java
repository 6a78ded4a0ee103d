package org.blenddialer.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.InstantSource;

/** The one wall clock of the service; everything else receives it injected. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  InstantSource clock() {
    return InstantSource.system();
  }
}
