package org.blenddialer.core.compliance;

import java.util.Set;

/** What kind of line a number is, as the numbering plan tells it. */
public enum NumberType {
  MOBILE,
  FIXED_LINE,
  /** The plan cannot tell mobile from fixed (e.g. US/CA): rules treat it as possibly wireless. */
  FIXED_OR_MOBILE,
  VOIP,
  TOLL_FREE,
  PREMIUM_RATE,
  OTHER,
  UNKNOWN;

  /** Types that may be a wireless phone, for rules protecting wireless numbers. */
  public static final Set<NumberType> POSSIBLY_WIRELESS = Set.of(MOBILE, FIXED_OR_MOBILE, UNKNOWN);
}
