package org.blenddialer.core.leads;

/** Where an import job stands. */
public enum ImportState {
  QUEUED,
  RUNNING,
  /** Done, with its report; the list is active. */
  COMPLETED,
  /** Stopped by a problem; nothing of it was kept. */
  FAILED;

  /** True once the job will not change any more. */
  public boolean finished() {
    return this == COMPLETED || this == FAILED;
  }
}
