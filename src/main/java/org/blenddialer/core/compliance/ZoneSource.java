package org.blenddialer.core.compliance;

/** Where the called party's time zone came from, strongest first. */
public enum ZoneSource {
  /** Given explicitly on the lead (e.g. the person told us). */
  EXPLICIT,
  /** Derived from the lead's postal address. */
  POSTAL_CODE,
  /** Derived from the number's prefix (area code); may list several zones. */
  NUMBER_PREFIX,
  /** Only the country is known: every zone of the country is a candidate. */
  COUNTRY
}
