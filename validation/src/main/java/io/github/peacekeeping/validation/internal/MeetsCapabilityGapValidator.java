package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.constraints.MeetsCapabilityGap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code LDN16-CAPABILITY-GAP}: when the caller names the capability gaps, a capability pledge
 * offers a unit of at least one of their types. Types are matched by code, the identity of a unit
 * type. Reports nothing without a context or when no gaps are given.
 */
public final class MeetsCapabilityGapValidator extends RuleValidator<MeetsCapabilityGap, Pledge> {

  /** Creates the validator. */
  public MeetsCapabilityGapValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    ValidationContext context = contextOrNull(violations);
    if (context == null || context.capabilityGaps().isEmpty() || !pledge.isCapabilityPledge()) {
      return;
    }
    Set<String> gapCodes =
        context.capabilityGaps().stream().map(UnitType::code).collect(Collectors.toSet());
    boolean meetsOne = pledge.units().stream().anyMatch(u -> gapCodes.contains(u.type().code()));
    if (!meetsOne) {
      violations.report("{io.github.peacekeeping.validation.constraints.MeetsCapabilityGap.message}")
          .at("units")
          .with("pledge", pledge.id())
          .with("gaps", names(context.capabilityGaps()))
          .with("offered", offered(pledge))
          .offending(pledge.units())
          .add();
    }
  }

  private static String names(Set<UnitType> types) {
    return types.stream().map(UnitType::name).collect(Collectors.joining(", "));
  }

  private static String offered(Pledge pledge) {
    if (pledge.units().isEmpty()) {
      return "no units";
    }
    Set<UnitType> types = new LinkedHashSet<>();
    for (Unit unit : pledge.units()) {
      types.add(unit.type());
    }
    return names(types);
  }
}
