package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quicktheories.QuickTheory;

/**
 * The defaults every generator of this package is valid under.
 *
 * <p>A generator is <em>valid by default</em>: every value it produces satisfies the core types'
 * construction invariants and yields no finding at {@code WARNING} or {@code ERROR} from {@link
 * io.github.peacekeeping.validation.CommuniqueValidator} under {@link #DEFAULT_CONTEXT}. Findings
 * at {@code INFO} (a declared caveat, progress towards a target whose deadline is ahead) may
 * occur. Rules that depend on time are evaluated as of {@link #DEFAULT_DATE}, so a value that is
 * valid under the default context may draw a finding under a later one (a pledge falls due for
 * reconfirmation, for instance).
 *
 * <p>Valid values hold no fact dated after {@link #DEFAULT_DATE} (a pledge made, a registration, a
 * readiness step and its evidence, a reconfirmation, a training completed, a vetting, the day of a
 * mission profile), unless a generator is asked for some: {@code
 * PledgeGenerator.madeBetween} with a span past that date, or {@code
 * PledgeGenerator.recordedUntil}. Schedules are not facts: a rotation period or the period of the
 * mandate in force may run past it. The values that break a rule dated after it (a registration,
 * training, vetting or reconfirmation that comes too late, a mission that starts later) say so
 * where their generator's {@code violating} describes them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Testkit {

  /** The evaluation date of {@link #DEFAULT_CONTEXT}: 23 November 2026. Never null. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 23);

  /**
   * The context the generators are valid under: as of {@link #DEFAULT_DATE}, every rule set
   * (the empty set of rule sets selects them all), no capability gaps, no baseline of women and
   * no interim targets. Never null.
   */
  public static final ValidationContext DEFAULT_CONTEXT = ValidationContext.asOf(DEFAULT_DATE);

  /**
   * The capability gaps of {@link #CAPABILITY_GAP_CONTEXT}: utility and armed helicopter units
   * and Level II hospitals. A test choice, not a statement of the gaps the UN has identified.
   * Unmodifiable, never null.
   */
  public static final Set<UnitType> CAPABILITY_GAPS = Set.of(
      UnitType.UTILITY_HELICOPTER_UNIT, UnitType.ARMED_HELICOPTER_UNIT, UnitType.LEVEL_2_HOSPITAL);

  /**
   * {@link #DEFAULT_CONTEXT} with the capability gaps {@link #CAPABILITY_GAPS}: the context under
   * which {@code Pledges.pledges().violating("LDN16-CAPABILITY-GAP")} breaks its rule (rule
   * LDN16-CAPABILITY-GAP is checked only when the caller supplies gaps). Valid pledges of {@link
   * Pledges#pledges()} that offer none of these types draw a warning under it. Never null.
   */
  public static final ValidationContext CAPABILITY_GAP_CONTEXT = contextWithGaps(CAPABILITY_GAPS);

  /**
   * The shrink budget of {@link #qt()}: at most 2,000 shrink cycles, each of which draws one
   * candidate and runs the property on it once. QuickTheories' own default is 100,000 cycles,
   * which {@code withExamples} does not change: over values as large as a registry of pledges that
   * can run for minutes. The testkit's generators shrink to small values well within this budget
   * (a unit to the bound of a headcount property plus one, a registry of pledges to the smallest
   * size it allows).
   */
  public static final int SHRINK_CYCLES = 2_000;

  private Testkit() {}

  /**
   * Returns QuickTheories' entry point with the testkit's bounded shrink budget, {@link
   * #SHRINK_CYCLES}: {@code Testkit.qt().forAll(Units.units()).check(...)} in place of {@code
   * QuickTheory.qt()...}. Everything else is QuickTheories' default (1,000 examples, a random seed
   * printed on failure, the {@code QT_*} system properties). Change the budget on the returned
   * object, {@code Testkit.qt().withShrinkCycles(10_000)}, or turn shrinking off with {@code
   * withShrinkCycles(0)}; the system property {@code QT_SHRINKS} does not override it.
   *
   * @return a new {@link QuickTheory}, never null
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withShrinkCycles(SHRINK_CYCLES);
  }

  /**
   * Returns {@link #DEFAULT_CONTEXT} with {@code gaps} as its capability gaps.
   *
   * @param gaps the unit types in short supply, not null, without null elements
   * @return a new context, never null
   * @throws NullPointerException if {@code gaps} or one of them is null
   */
  public static ValidationContext contextWithGaps(Collection<UnitType> gaps) {
    Objects.requireNonNull(gaps, "gaps");
    return ValidationContext.builder().from(DEFAULT_CONTEXT).capabilityGaps(gaps).build();
  }

  /**
   * Returns the context under which the values of a generator's {@code violating(ruleId)} break
   * rule {@code ruleId}: {@link #CAPABILITY_GAP_CONTEXT} for LDN16-CAPABILITY-GAP, {@link
   * #DEFAULT_CONTEXT} for every other rule (PCRS19-PLEDGE-CURRENCY included: it is evaluated as
   * of {@link #DEFAULT_DATE}).
   *
   * @param ruleId a rule ID, not null
   * @return the context, never null
   * @throws NullPointerException if {@code ruleId} is null
   */
  public static ValidationContext contextFor(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return ruleId.equals(Rules.LDN16_CAPABILITY_GAP) ? CAPABILITY_GAP_CONTEXT : DEFAULT_CONTEXT;
  }

  /**
   * Returns, for every rule of the catalogue in the order of {@link Rules#all()}, the testkit
   * generators whose {@code violating} can break it, as the expression that gives each ({@code
   * "Pledges.pledges()"}, {@code "Units.units()"}, {@code "Missions.missionProfiles()"}, {@code
   * "Commitments.memberStateCommitments()"}, {@code "Deployments.records()"}). A rule on
   * collections (such as LDN16-LEVEL3-12000, on a registry's total) maps to an empty list: no
   * single value breaks it. This is the one place the testkit lists its breakable rules; each
   * generator's {@code supportedRules()} gives the same, narrowed to what that generator draws.
   *
   * @return an unmodifiable map from rule ID to unmodifiable lists, never null, with a key for
   *     every rule of the catalogue
   */
  public static Map<String, List<String>> breakableBy() {
    Map<String, List<String>> byRule = new LinkedHashMap<>();
    for (Rule rule : Rules.all()) {
      byRule.put(rule.id(), new ArrayList<>());
    }
    Map<String, List<String>> generators = new LinkedHashMap<>();
    generators.put("Pledges.pledges()", Pledges.pledges().supportedRules());
    generators.put("Units.units()", Units.units().supportedRules());
    generators.put("Missions.missionProfiles()", Missions.missionProfiles().supportedRules());
    generators.put("Commitments.memberStateCommitments()",
        Commitments.memberStateCommitments().supportedRules());
    generators.put("Deployments.records()", Deployments.records().supportedRules());
    generators.forEach((generator, rules) -> rules.forEach(id -> byRule.get(id).add(generator)));
    Map<String, List<String>> result = new LinkedHashMap<>();
    byRule.forEach((id, list) -> result.put(id, List.copyOf(list)));
    return Collections.unmodifiableMap(result);
  }
}
