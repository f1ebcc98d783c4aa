package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.RuleSubject;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

class ViolatingTest {

  // QuickTheories checks a value it has drawn before only once, so it is asked for more examples
  // than the property must be checked with.
  private static final int EXAMPLES = 1_000;
  private static final int DRAWS = 1_200;

  private static final Set<RuleSubject> SINGLE_VALUE = EnumSet.of(
      RuleSubject.PLEDGE, RuleSubject.UNIT, RuleSubject.MISSION, RuleSubject.MEMBER_STATE);

  /**
   * One property per rule a single value can break, taken from the catalogue (not from the
   * generators), so that a rule without violating support fails here; the rapid-deployment
   * window, a pledge rule, is also checked on units.
   */
  @TestFactory
  Stream<DynamicTest> every_violating_value_breaks_its_rule_and_no_other() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      if (!SINGLE_VALUE.contains(rule.subject())) {
        continue;
      }
      String id = rule.id();
      tests.add(DynamicTest.dynamicTest(rule.subject() + " " + id, () -> {
        switch (rule.subject()) {
          case PLEDGE -> breaksExactly(id, Pledges.pledges().violating(id),
              Valid.VALIDATOR::validate);
          case UNIT -> breaksExactly(id, Units.units().violating(id), Valid.VALIDATOR::validate);
          case MISSION -> breaksExactly(id, Missions.missionProfiles().violating(id),
              Valid.VALIDATOR::validate);
          // Fewer commitments than examples exist: QuickTheories stops drawing once new distinct
          // values become rare, which happens before it has seen all 193 Member States (192 was
          // seen), so at least half of them is the bound that cannot flake.
          case MEMBER_STATE -> breaksExactly(id, Commitments.memberStateCommitments()
              .violating(id), Valid.VALIDATOR::validate, MemberState.all().size() / 2);
          default -> throw new AssertionError(rule.subject());
        }
      }));
    }
    tests.add(DynamicTest.dynamicTest("UNIT " + Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, () ->
        breaksExactly(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW,
            Units.units().violating(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW),
            Valid.VALIDATOR::validate)));
    return tests.stream();
  }

  private static <T> void breaksExactly(String ruleId, Gen<T> generator,
      BiFunction<T, ValidationContext, ValidationReport> validate) {
    breaksExactly(ruleId, generator, validate, EXAMPLES);
  }

  private static <T> void breaksExactly(String ruleId, Gen<T> generator,
      BiFunction<T, ValidationContext, ValidationReport> validate, int atLeast) {
    Severity severity = Rules.get(ruleId).severity();
    ValidationContext context = Testkit.contextFor(ruleId);
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(DRAWS).forAll(generator).checkAssert(value -> {
      checked.incrementAndGet();
      ValidationReport report = validate.apply(value, context);
      assertThat(report.findings(ruleId))
          .as("findings of %s at %s for %s%nreport:%n%s", ruleId, severity, value, report)
          .anyMatch(f -> f.severity() == severity);
      assertThat(report.findingsAtOrAbove(Severity.WARNING))
          .as("findings of other rules for %s%nreport:%n%s", value, report)
          .extracting(Finding::ruleId)
          .allMatch(ruleId::equals);
    });
    assertThat(checked).as("values checked").hasValueGreaterThanOrEqualTo(atLeast);
  }

  @Test
  void the_supported_rules_are_the_single_value_rules_of_the_catalogue() {
    List<String> supported = new ArrayList<>();
    supported.addAll(PledgeGenerator.supportedRules());
    supported.addAll(UnitGenerator.supportedRules());
    supported.addAll(MissionProfileGenerator.supportedRules());
    supported.addAll(MemberStateCommitmentsGenerator.supportedRules());
    List<String> expected = new ArrayList<>(Rules.all().stream()
        .filter(r -> SINGLE_VALUE.contains(r.subject())).map(Rule::id).toList());
    expected.add(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW);
    assertThat(supported).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(UnitGenerator.supportedRules())
        .startsWith(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, Rules.IPI21_CAVEATS_DECLARED);
  }

  @Test
  void a_capability_gap_pledge_draws_no_warning_without_gaps_in_the_context() {
    qt().withExamples(500).forAll(Pledges.pledges().violating(Rules.LDN16_CAPABILITY_GAP))
        .checkAssert(pledge -> {
          Valid.clean(pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT));
          assertThat(pledge.units()).isNotEmpty()
              .noneMatch(u -> Testkit.CAPABILITY_GAPS.contains(u.type()));
        });
    assertThat(Testkit.CAPABILITY_GAP_CONTEXT.capabilityGaps())
        .isEqualTo(Testkit.CAPABILITY_GAPS);
    assertThat(Testkit.CAPABILITY_GAP_CONTEXT.asOf()).isEqualTo(Testkit.DEFAULT_DATE);
    assertThat(Testkit.contextFor(Rules.LDN16_CAPABILITY_GAP))
        .isEqualTo(Testkit.CAPABILITY_GAP_CONTEXT);
    assertThat(Testkit.contextFor(Rules.PCRS19_PLEDGE_CURRENCY))
        .isEqualTo(Testkit.DEFAULT_CONTEXT);
  }

  @Test
  void a_rapid_deployment_level_pledge_breaking_the_london_window_stays_within_sixty_days() {
    qt().withExamples(300)
        .forAll(Pledges.pledges().atReadiness(ReadinessLevel.RAPID_DEPLOYMENT)
            .violating(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW))
        .checkAssert(pledge -> assertThat(
                pledge.readiness().orElseThrow().rapidDeploymentDays().getAsInt())
            .isLessThan(60).isNotEqualTo(30));
  }

  @Test
  void narrowing_after_violating_keeps_to_the_rule() {
    qt().withExamples(300)
        .forAll(Units.units().violating(Rules.LDN16_VETTING).ofType(UnitType.SIGNALS_UNIT))
        .checkAssert(unit -> {
          assertThat(unit.vetted()).isFalse();
          assertThat(unit.type()).isEqualTo(UnitType.SIGNALS_UNIT);
          assertThat(unit.status()).isNotEqualTo(DeploymentStatus.OFFERED);
        });
    qt().withExamples(300)
        .forAll(Pledges.pledges().violating(Rules.SEO21_PLEDGE_CATEGORY)
            .madeBetween(Testkit.DEFAULT_DATE.minusYears(10), Testkit.DEFAULT_DATE))
        .checkAssert(pledge -> {
          assertThat(pledge.pledgedOn()).isAfterOrEqualTo("2021-12-07");
          assertThat(pledge.categories()).isEmpty();
        });
  }

  @Test
  void rejects_an_unknown_rule_naming_it_and_the_supported_ones() {
    assertThatThrownBy(() -> Units.units().violating("LDN16-NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: no rule has the ID 'LDN16-NOPE'")
        .hasMessageContaining("UnitGenerator can break [LDN16-RAPID-DEPLOYMENT-WINDOW, "
            + "IPI21-CAVEATS-DECLARED, LDN16-NIO,");
    assertThatThrownBy(() -> Units.units().violating(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ruleId");
  }

  @Test
  void rejects_a_rule_of_another_subject() {
    assertThatThrownBy(() -> Pledges.pledges().violating(Rules.LDN16_NIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: LDN16-NIO is a rule on UNIT, not one a pledge can break")
        .hasMessageContaining("PledgeGenerator can break [LDN16-PCRS-REGISTERED,");
    assertThatThrownBy(() -> Missions.missionProfiles().violating(Rules.LDN16_WPS_NAP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: LDN16-WPS-NAP is a rule on MEMBER_STATE")
        .hasMessageContaining("MissionProfileGenerator can break [LDN16-MANDATE-SEQUENCED, "
            + "IPI21-POC-CAPABILITIES, LDN16-MISSION-GENDER-ADVISERS, UNSC-AUTHORISED-CEILING]");
    assertThatThrownBy(() -> Commitments.memberStateCommitments().violating(Rules.LDN16_NIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MemberStateCommitmentsGenerator can break "
            + "[LDN16-WPS-NAP, LDN16-ROLES-OPEN-TO-WOMEN]");
  }

  @Test
  void rejects_a_collection_level_rule() {
    for (String id : List.of(Rules.LDN16_LEVEL3_12000, Rules.LDN16_RDL_4000,
        Rules.LDN16_WOMEN_POLICE_20, Rules.LDN16_WOMEN_SO_MO_15, Rules.LDN16_DOUBLE_WOMEN_2020,
        Rules.UGPS28_TARGETS)) {
      assertThatThrownBy(() -> Pledges.pledges().violating(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ruleId: " + id + " is a rule on ")
          .hasMessageContaining("PledgeGenerator can break");
      assertThatThrownBy(() -> Units.units().violating(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ruleId: " + id);
    }
  }

  @Test
  void rejects_a_rule_that_the_narrowing_rules_out() {
    assertThatThrownBy(() -> Units.units().ofType(UnitType.INFANTRY_BATTALION)
            .violating(Rules.LDN16_NIGHT_FLYING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: LDN16-NIGHT-FLYING needs a unit type that is a "
            + "helicopter unit, but this generator draws only [INFANTRY_BATTALION]");
    assertThatThrownBy(() -> Units.units().violating(Rules.CHOD17_EQUIPMENT_STANDARD)
            .withStatus(DeploymentStatus.OFFERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: CHOD17-EQUIPMENT-STANDARD needs a unit whose status is "
            + "one of [DEPLOYED], but this generator draws only [OFFERED]");
    assertThatThrownBy(() -> Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_1)
            .violating(Rules.PCRS19_LEVEL_EVIDENCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: PCRS19-LEVEL-EVIDENCE needs a readiness level among "
            + "[LEVEL_2, LEVEL_3, RAPID_DEPLOYMENT], but this generator is narrowed to LEVEL_1");
    assertThatThrownBy(() -> Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_2)
            .violating(Rules.LDN16_PCRS_REGISTERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a capability pledge without readiness");
    assertThatThrownBy(() -> Pledges.pledges().violating(Rules.SEO21_PLEDGE_CATEGORY)
            .madeBetween(Testkit.DEFAULT_DATE.minusYears(10), Testkit.DEFAULT_DATE.minusYears(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: SEO21-PLEDGE-CATEGORY needs a pledge made on or after "
            + "2021-12-07, but this generator draws pledges made up to 2020-11-23");
    assertThatThrownBy(() -> Pledges.pledges().violating(Rules.PCRS19_PLEDGE_CURRENCY)
            .madeBetween(Testkit.DEFAULT_DATE.minusMonths(3), Testkit.DEFAULT_DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: PCRS19-PLEDGE-CURRENCY needs a pledge made on or before "
            + "2025-11-22, but this generator draws pledges made from 2026-08-23");
  }

  @Test
  void violating_returns_a_new_generator_and_leaves_the_original_valid() {
    UnitGenerator all = Units.units();
    UnitGenerator unvetted = all.violating(Rules.LDN16_VETTING);
    assertThat(unvetted).isNotSameAs(all);
    qt().withExamples(200).forAll(all).checkAssert(unit -> assertThat(unit.vetted()).isTrue());
  }

  @Test
  void samples_draw_violating_values_reproducibly() {
    Gen<Pledge> stale = Pledges.pledges().violating(Rules.PCRS19_PLEDGE_CURRENCY);
    List<Pledge> first = Samples.of(new SplittableRandom(5)).sample(stale, 30);
    assertThat(first).isEqualTo(Samples.of(new SplittableRandom(5)).sample(stale, 30));
    for (Pledge pledge : first) {
      assertThat(Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT)
          .ruleIds(Severity.WARNING)).containsExactly(Rules.PCRS19_PLEDGE_CURRENCY);
    }
    List<MissionProfile> missions = Samples.of(new SplittableRandom(6))
        .sample(Missions.missionProfiles().violating(Rules.UNSC_AUTHORISED_CEILING), 30);
    for (MissionProfile mission : missions) {
      assertThat(Valid.VALIDATOR.validate(mission, Testkit.DEFAULT_CONTEXT)
          .ruleIds(Severity.WARNING)).containsExactly(Rules.UNSC_AUTHORISED_CEILING);
    }
  }

  @Test
  void a_failing_property_on_violating_units_shrinks_to_the_shortest_window() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(500).withFixedSeed(11L)
            .forAll(Units.units().violating(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW))
            .describedAs(ViolatingTest::window)
            .check(unit -> unit.rapidDeploymentDays().getAsInt() > 20));
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).contains("Smallest found falsifying value(s) :-\n1 days");
  }

  private static String window(Unit unit) {
    return unit.rapidDeploymentDays().getAsInt() + " days";
  }
}
