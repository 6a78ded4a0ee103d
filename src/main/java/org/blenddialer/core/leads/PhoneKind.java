package org.blenddialer.core.leads;

/** Which of a lead's numbers a phone column holds. */
public enum PhoneKind {
  MOBILE,
  HOME,
  WORK,
  OTHER
}
