package org.blenddialer.core.compliance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the policy packs that apply to a dial: the campaign's declared pack if it has one,
 * otherwise the most specific pack for the number's region or country, each with the packs it
 * includes. No pack at all means no dial: the answer is unreadable, not "no rules".
 */
public final class PackSelection {

  private PackSelection() {}

  /** The applicable packs, most specific first. */
  public static Fact<List<PolicyPack>> select(
      DialTarget target, String packOverride, Map<String, PolicyPack> catalogue) {
    PolicyPack start;
    if (packOverride != null && !packOverride.isBlank()) {
      start = catalogue.get(packOverride);
      if (start == null) {
        return Fact.unreadable("the campaign declares pack " + packOverride + ", not loaded");
      }
    } else {
      List<PolicyPack> candidates =
          catalogue.values().stream()
              .filter(p -> target.region() != null && p.regions().contains(target.region()))
              .toList();
      if (candidates.isEmpty()) {
        candidates =
            catalogue.values().stream()
                .filter(p -> p.regions().isEmpty() && p.countries().contains(target.country()))
                .toList();
      }
      candidates = mostSpecific(candidates, catalogue);
      if (candidates.size() != 1) {
        return Fact.unreadable(
            candidates.isEmpty()
                ? "no policy pack covers " + target.country()
                : "several policy packs claim " + target.country() + ": " + ids(candidates));
      }
      start = candidates.get(0);
    }
    Set<String> seen = new LinkedHashSet<>();
    List<PolicyPack> result = new ArrayList<>();
    String missing = expand(start, catalogue, seen, result);
    return missing == null
        ? Fact.of(List.copyOf(result))
        : Fact.unreadable("pack " + missing + " is included but not loaded");
  }

  private static List<PolicyPack> mostSpecific(
      List<PolicyPack> candidates, Map<String, PolicyPack> catalogue) {
    Set<String> includedByOthers = new HashSet<>();
    for (PolicyPack p : candidates) {
      List<PolicyPack> expanded = new ArrayList<>();
      expand(p, catalogue, new LinkedHashSet<>(), expanded);
      expanded.stream().skip(1).forEach(i -> includedByOthers.add(i.id()));
    }
    return candidates.stream().filter(p -> !includedByOthers.contains(p.id())).toList();
  }

  private static String expand(
      PolicyPack pack, Map<String, PolicyPack> catalogue, Set<String> seen, List<PolicyPack> out) {
    if (!seen.add(pack.id())) {
      return null;
    }
    out.add(pack);
    for (String included : pack.includes()) {
      PolicyPack next = catalogue.get(included);
      if (next == null) {
        return included;
      }
      String missing = expand(next, catalogue, seen, out);
      if (missing != null) {
        return missing;
      }
    }
    return null;
  }

  private static String ids(List<PolicyPack> packs) {
    return String.join(", ", packs.stream().map(PolicyPack::id).toList());
  }
}
