package org.blenddialer.telephony.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxLinkStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the PBX links: UP only when every server is connected and re-synced. */
@Readiness
@ApplicationScoped
public class PbxLinkHealthCheck implements HealthCheck {

  private final Pbx pbx;

  PbxLinkHealthCheck(Pbx pbx) {
    this.pbx = pbx;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("PBX link");
    boolean allReady = true;
    for (PbxLinkStatus link : pbx.links()) {
      allReady &= link.ready();
      b.withData(link.server(), link.state().name() + " " + link.address());
    }
    return b.status(allReady).build();
  }
}
