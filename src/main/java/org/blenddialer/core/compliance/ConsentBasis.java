package org.blenddialer.core.compliance;

/** The kind of permission a consent grant records. */
public enum ConsentBasis {
  /** Prior express written consent (signed, web form with disclosure, recorded acceptance). */
  EXPRESS_WRITTEN,
  /** Prior express consent (e.g. given the number for this purpose). */
  EXPRESS,
  /** The consumer asked to be called (DK: prior explicit request). */
  EXPLICIT_REQUEST,
  /** Established business relationship through a purchase. */
  EBR_PURCHASE,
  /** Established business relationship through an inquiry. */
  EBR_INQUIRY
}
