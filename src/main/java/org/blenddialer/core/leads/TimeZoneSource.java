package org.blenddialer.core.leads;

/** Where a lead's time zone came from, strongest first. */
public enum TimeZoneSource {
  /** A time zone column of the file. */
  EXPLICIT,
  /** The lead's postal code. */
  POSTAL_CODE,
  /** The phone number's country and area code (a single candidate zone). */
  NUMBER,
  /** Not known: the number spans several zones and nothing narrows it down. */
  UNKNOWN
}
