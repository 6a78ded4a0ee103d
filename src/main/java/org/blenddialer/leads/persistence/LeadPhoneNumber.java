package org.blenddialer.leads.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of a lead's numbers (a row of {@code lead_phone}). */
@Embeddable
public class LeadPhoneNumber {

  @Column(nullable = false, length = 8)
  public String kind;

  @Column(nullable = false, length = 16)
  public String e164;

  @Column(name = "number_type", nullable = false, length = 24)
  public String numberType;
}
