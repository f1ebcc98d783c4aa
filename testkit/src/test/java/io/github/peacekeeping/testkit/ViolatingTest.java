package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
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
import java.time.LocalDate;
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
   * window, a pledge rule, is also checked on units, and the mission's life, a unit rule, on
   * deployment records.
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
    // A unit rule on a pledge: broken in exactly one of its units, and by nothing else.
    for (String id : Pledges.pledges().supportedRules()) {
      if (Rules.find(id).orElseThrow().subject() != RuleSubject.UNIT) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest("PLEDGE with a unit breaking " + id, () -> {
        breaksExactly(id, Pledges.pledges().violating(id), Valid.VALIDATOR::validate, 300);
        Samples.of(new SplittableRandom(15)).sample(Pledges.pledges().violating(id), 100)
            .forEach(pledge -> assertThat(pledge.units())
                .as("%s", Descriptions.of(pledge))
                .filteredOn(unit -> Valid.VALIDATOR.validate(unit, Testkit.DEFAULT_CONTEXT)
                    .findings(id).stream()
                    .anyMatch(f -> f.severity() == Rules.get(id).severity()))
                .hasSize(1));
      }));
    }
    tests.add(DynamicTest.dynamicTest("UNIT " + Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, () ->
        breaksExactly(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW,
            Units.units().violating(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW),
            Valid.VALIDATOR::validate)));
    // Fewer records out of their mission's life exist than examples: half is the bound.
    tests.add(DynamicTest.dynamicTest("DEPLOYMENT_RECORD " + Rules.UNSC_MISSION_ACTIVE, () ->
        breaksExactly(Rules.UNSC_MISSION_ACTIVE,
            Deployments.records().violating(Rules.UNSC_MISSION_ACTIVE),
            Valid.VALIDATOR::validate, EXAMPLES / 2)));
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
          .as("findings of %s at %s for %s%nreport:%n%s", ruleId, severity,
              Descriptions.of(value), report)
          .anyMatch(f -> f.severity() == severity);
      assertThat(report.findingsAtOrAbove(Severity.WARNING))
          .as("findings of other rules for %s%nreport:%n%s", Descriptions.of(value), report)
          .extracting(Finding::ruleId)
          .allMatch(ruleId::equals);
    });
    assertThat(checked).as("values checked").hasValueGreaterThanOrEqualTo(atLeast);
  }

  @Test
  void the_supported_rules_are_the_single_value_rules_of_the_catalogue() {
    List<String> supported = new ArrayList<>();
    // A pledge breaks unit rules in one of its units: counted with the units.
    supported.addAll(Pledges.pledges().supportedRules().stream()
        .filter(id -> Rules.find(id).orElseThrow().subject() != RuleSubject.UNIT).toList());
    supported.addAll(Units.units().supportedRules());
    supported.addAll(Missions.missionProfiles().supportedRules());
    supported.addAll(Commitments.memberStateCommitments().supportedRules());
    supported.addAll(Deployments.records().supportedRules());
    List<String> expected = new ArrayList<>(Rules.all().stream()
        .filter(r -> SINGLE_VALUE.contains(r.subject())).map(Rule::id).toList());
    expected.add(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW);
    expected.add(Rules.UNSC_MISSION_ACTIVE);
    assertThat(supported).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Units.units().supportedRules())
        .startsWith(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, Rules.IPI21_CAVEATS_DECLARED);
  }

  @Test
  void supported_rules_reflect_narrowing() {
    assertThat(Units.units().supportedRules()).contains(Rules.LDN16_NIGHT_FLYING);
    assertThat(Units.units().ofType(UnitType.INFANTRY_BATTALION).supportedRules())
        .doesNotContain(Rules.LDN16_NIGHT_FLYING, Rules.LDN16_FPU_WOMEN_PLATOON)
        .contains(Rules.LDN16_NIO, Rules.LDN16_MIXED_ENGAGEMENT_TEAM);
    assertThat(Units.units().withStatus(DeploymentStatus.OFFERED).supportedRules())
        .doesNotContain(Rules.LDN16_VETTING, Rules.LDN16_NIO, Rules.CHOD17_EQUIPMENT_STANDARD);
    assertThat(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_1).supportedRules())
        .doesNotContain(Rules.PCRS19_RDL_WINDOW, Rules.PCRS19_LEVEL_EVIDENCE,
            Rules.LDN16_PCRS_REGISTERED)
        .contains(Rules.SEO21_PLEDGE_CATEGORY);
    assertThat(Pledges.pledges().withUnits(Units.units().ofType(UnitType.INFANTRY_BATTALION))
        .supportedRules())
        .doesNotContain(Rules.LDN16_NIGHT_FLYING).contains(Rules.LDN16_NIO);
    assertThat(Missions.missionProfiles().withProtectionOfCivilians(false).supportedRules())
        .doesNotContain(Rules.IPI21_POC_CAPABILITIES);
    // Every rule listed can be broken: violating accepts it.
    for (String id : Units.units().ofType(UnitType.INFANTRY_BATTALION).supportedRules()) {
      Units.units().ofType(UnitType.INFANTRY_BATTALION).violating(id);
    }
  }

  @Test
  void breakable_by_lists_every_catalogue_rule_and_the_generators_that_break_it() {
    java.util.Map<String, List<String>> breakableBy = Testkit.breakableBy();
    assertThat(breakableBy.keySet())
        .containsExactlyElementsOf(Rules.all().stream().map(Rule::id).toList());
    for (Rule rule : Rules.all()) {
      assertThat(breakableBy.get(rule.id()).isEmpty()).as(rule.id())
          .isEqualTo(!SINGLE_VALUE.contains(rule.subject()));
    }
    assertThat(breakableBy.get(Rules.LDN16_NIO))
        .containsExactly("Pledges.pledges()", "Units.units()");
    assertThat(breakableBy.get(Rules.UNSC_MISSION_ACTIVE))
        .containsExactly("Units.units()", "Deployments.records()");
    assertThat(breakableBy.get(Rules.LDN16_LEVEL3_12000)).isEmpty();
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
        .checkAssert(pledge -> assertThat(pledge.readiness().orElseThrow()
                .stepOn(Testkit.DEFAULT_DATE).orElseThrow().rapidDeployment().orElseThrow().days())
            .isLessThan(60).isNotEqualTo(30));
  }

  private static <T> List<T> sample(Gen<T> generator, long seed) {
    return Samples.of(new SplittableRandom(seed)).sample(generator, 400);
  }

  private static ReadinessStep stepInForce(Pledge pledge) {
    return pledge.readiness().orElseThrow().stepOn(Testkit.DEFAULT_DATE).orElseThrow();
  }

  @Test
  void an_unregistered_pledge_has_no_readiness_or_is_registered_only_after_the_default_date() {
    List<Pledge> pledges = sample(Pledges.pledges().violating(Rules.LDN16_PCRS_REGISTERED), 21);
    assertThat(pledges).allMatch(pledge -> pledge.isMadeBy(Testkit.DEFAULT_DATE))
        .allMatch(Pledge::isCapabilityPledge)
        .allMatch(pledge -> pledge.readiness().isEmpty()
            || pledge.readiness().get().registeredOn().isAfter(Testkit.DEFAULT_DATE));
    assertThat(pledges).as("without readiness").anyMatch(p -> p.readiness().isEmpty());
    assertThat(pledges).as("registered after the default date")
        .anyMatch(p -> p.readiness().isPresent());
  }

  @Test
  void a_level_without_evidence_lacks_its_aav_has_an_unsuccessful_one_or_lacks_its_sur() {
    List<ReadinessStep> steps = sample(Pledges.pledges().violating(Rules.PCRS19_LEVEL_EVIDENCE),
        22).stream().map(ViolatingTest::stepInForce).toList();
    assertThat(steps).allMatch(step -> step.level().orElseThrow()
        .isAtLeast(ReadinessLevel.LEVEL_2));
    assertThat(steps).as("no AAV").anyMatch(step -> step.aav().isEmpty());
    assertThat(steps).as("an unsuccessful AAV")
        .anyMatch(step -> step.aav().map(visit -> !visit.successful()).orElse(false));
    assertThat(steps).as("a successful AAV but no SUR at Level 3 or above")
        .anyMatch(step -> step.aav().map(AssessmentVisit::successful).orElse(false)
            && step.sur().isEmpty());
  }

  @Test
  void a_stale_pledge_is_a_capability_pledge_at_a_level_last_confirmed_over_six_months_before() {
    LocalDate lastCurrent = Testkit.DEFAULT_DATE.minusMonths(6);
    List<Pledge> pledges = sample(Pledges.pledges().violating(Rules.PCRS19_PLEDGE_CURRENCY), 23);
    for (Pledge pledge : pledges) {
      assertThat(pledge.isCapabilityPledge()).isTrue();
      assertThat(pledge.arrangement()).isNotInstanceOf(Donation.class);
      assertThat(pledge.readiness().orElseThrow().levelOn(Testkit.DEFAULT_DATE)).isPresent();
      assertThat(pledge.readiness().orElseThrow().registeredOn())
          .isBefore(Testkit.DEFAULT_DATE.minusMonths(12));
      assertThat(pledge.lastReconfirmationBy(Testkit.DEFAULT_DATE)
          .orElse(pledge.readiness().orElseThrow().registeredOn())).isBefore(lastCurrent);
    }
    assertThat(pledges).as("never reconfirmed").anyMatch(p -> p.reconfirmations().isEmpty());
    assertThat(pledges).as("reconfirmed only after the default date, which does not count")
        .anyMatch(p -> p.reconfirmations().stream()
            .anyMatch(day -> day.isAfter(Testkit.DEFAULT_DATE)));
  }

  @Test
  void an_out_of_life_unit_is_deployed_in_a_closed_mission_or_one_not_yet_started() {
    List<Unit> units = sample(Units.units().violating(Rules.UNSC_MISSION_ACTIVE), 24);
    assertThat(units).allMatch(unit -> unit.status() == DeploymentStatus.DEPLOYED)
        .allMatch(unit -> !unit.mission().orElseThrow().operatesOn(Testkit.DEFAULT_DATE));
    List<Mission> missions = units.stream().map(unit -> unit.mission().orElseThrow()).toList();
    assertThat(missions).as("closed, MINUSMA among them").contains(Mission.of("MINUSMA"))
        .anyMatch(m -> m.lastDay().map(day -> day.isBefore(Testkit.DEFAULT_DATE)).orElse(false));
    assertThat(missions).as("not started yet")
        .anyMatch(mission -> mission.start().isAfter(Testkit.DEFAULT_DATE));
  }

  @Test
  void an_out_of_life_record_is_dated_before_its_mission_started_or_after_it_closed() {
    List<DeploymentRecord> records =
        sample(Deployments.records().violating(Rules.UNSC_MISSION_ACTIVE), 29);
    assertThat(records).allMatch(record -> !record.mission().operatesOn(record.date()))
        .allMatch(record -> record.date().isBefore(Testkit.DEFAULT_DATE));
    assertThat(records).as("before the start")
        .anyMatch(record -> record.date().isBefore(record.mission().start()));
    assertThat(records).as("after the last day")
        .anyMatch(record -> record.mission().lastDay()
            .map(last -> record.date().isAfter(last)).orElse(false));
    assertThatThrownBy(() -> Deployments.records().violating(Rules.LDN16_NIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: LDN16-NIO is a rule on UNIT, not one a deployment record "
            + "can break on its own; DeploymentRecordGenerator can break [UNSC-MISSION-ACTIVE]");
  }

  @Test
  void untrained_and_unvetted_units_include_ones_trained_or_vetted_only_after_the_default_date() {
    assertThat(sample(Units.units().violating(Rules.LDN16_PREDEPLOYMENT_TRAINING), 25))
        .as("trained after the default date")
        .anyMatch(unit -> unit.training().isPresent()
            && !unit.training().get().isCompletedBy(Testkit.DEFAULT_DATE));
    List<Unit> unvetted = sample(Units.units().violating(Rules.LDN16_VETTING), 26);
    assertThat(unvetted).allMatch(unit -> !unit.isVettedBy(Testkit.DEFAULT_DATE));
    assertThat(unvetted).as("not vetted").anyMatch(unit -> !unit.vetted());
    assertThat(unvetted).as("vetted after the default date").anyMatch(Unit::vetted);
  }

  @Test
  void a_missing_gender_adviser_is_one_of_a_component_the_mission_has() {
    List<MissionProfile> profiles =
        sample(Missions.missionProfiles().violating(Rules.LDN16_MISSION_GENDER_ADVISERS), 27);
    boolean byDeploymentsOnly = false;
    for (MissionProfile profile : profiles) {
      boolean military = hasComponent(profile, EnumSet.of(PersonnelCategory.CONTINGENT_TROOPS,
          PersonnelCategory.STAFF_OFFICERS, PersonnelCategory.MILITARY_OBSERVERS));
      boolean police = hasComponent(profile, EnumSet.of(PersonnelCategory.FORMED_POLICE_UNITS,
          PersonnelCategory.INDIVIDUAL_POLICE));
      boolean noMilitaryAdviser =
          !profile.capabilities().contains(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
      boolean noPoliceAdviser =
          !profile.capabilities().contains(MissionCapability.HQ_POLICE_GENDER_ADVISER);
      assertThat((military && noMilitaryAdviser) || (police && noPoliceAdviser))
          .as("%s", profile).isTrue();
      Mandate inForce = profile.mandateInForce().orElseThrow();
      byDeploymentsOnly |= inForce.ceilingFor(PersonnelCategory.INDIVIDUAL_POLICE).isEmpty()
          && !profile.deployed(PersonnelCategory.INDIVIDUAL_POLICE).isZero();
    }
    assertThat(byDeploymentsOnly).as("a police component shown by its deployments only").isTrue();
  }

  private static boolean hasComponent(MissionProfile profile, Set<PersonnelCategory> component) {
    Mandate inForce = profile.mandateInForce().orElseThrow();
    return component.stream().anyMatch(category -> !profile.deployed(category).isZero()
        || inForce.ceilingFor(category).isPresent());
  }

  @Test
  void a_ceiling_breach_exceeds_a_ceiling_of_the_mandate_in_force_or_a_sub_ceiling_within_one() {
    List<MissionProfile> profiles =
        sample(Missions.missionProfiles().violating(Rules.UNSC_AUTHORISED_CEILING), 28);
    boolean subCeilingOnly = false;
    for (MissionProfile profile : profiles) {
      List<AuthorisedCeiling> ceilings = profile.mandateInForce().orElseThrow().ceilings();
      boolean ceilingExceeded = ceilings.stream().anyMatch(c -> c.isExceededBy(profile.deployed()));
      boolean subExceeded = ceilings.stream().flatMap(c -> c.subCeilings().stream())
          .anyMatch(sub -> sub.isExceededBy(profile.deployed()));
      assertThat(ceilingExceeded || subExceeded).as("%s", profile).isTrue();
      subCeilingOnly |= subExceeded && !ceilingExceeded;
    }
    assertThat(subCeilingOnly).as("a sub-ceiling breached within its ceiling").isTrue();
  }

  @Test
  void a_pledge_breaking_a_rule_is_made_by_the_default_date_even_if_the_span_runs_past_it() {
    qt().withExamples(300)
        .forAll(Pledges.pledges().madeBetween(Testkit.DEFAULT_DATE.minusYears(1),
            Testkit.DEFAULT_DATE.plusYears(1)).violating(Rules.SEO21_PLEDGE_CATEGORY))
        .checkAssert(pledge -> assertThat(pledge.pledgedOn())
            .isBeforeOrEqualTo(Testkit.DEFAULT_DATE));
  }

  @Test
  void narrowing_after_violating_keeps_to_the_rule() {
    qt().withExamples(300)
        .forAll(Units.units().violating(Rules.LDN16_VETTING).ofType(UnitType.SIGNALS_UNIT))
        .checkAssert(unit -> {
          assertThat(unit.isVettedBy(Testkit.DEFAULT_DATE)).isFalse();
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
    // A pledge offers no deployed unit: the rules on deployed units are not a pledge's to break.
    assertThatThrownBy(() -> Pledges.pledges().violating(Rules.CHOD17_EQUIPMENT_STANDARD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: CHOD17-EQUIPMENT-STANDARD is a rule on UNIT, not one a "
            + "pledge can break")
        .hasMessageContaining("PledgeGenerator can break [")
        .hasMessageContaining("LDN16-PCRS-REGISTERED")
        .hasMessageContaining("LDN16-NIO");
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
        .hasMessageContaining("ruleId: LDN16-PCRS-REGISTERED needs a capability pledge not "
            + "registered in the PCRS by 2026-11-23, but this generator is narrowed to LEVEL_2");
    assertThatThrownBy(() -> Pledges.pledges().violating(Rules.SEO21_PLEDGE_CATEGORY)
            .madeBetween(Testkit.DEFAULT_DATE.minusYears(10), Testkit.DEFAULT_DATE.minusYears(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: SEO21-PLEDGE-CATEGORY needs a pledge made on or after "
            + "2021-12-07, but this generator draws pledges made up to 2020-11-23");
    assertThatThrownBy(() -> Pledges.pledges().violating(Rules.PCRS19_LEVEL_EVIDENCE)
            .madeBetween(Testkit.DEFAULT_DATE.plusDays(1), Testkit.DEFAULT_DATE.plusYears(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: PCRS19-LEVEL-EVIDENCE needs a pledge made on or before "
            + "2026-11-23, but this generator draws pledges made from 2026-11-24");
    assertThatThrownBy(() -> Units.units().withStatus(DeploymentStatus.READY_TO_DEPLOY)
            .violating(Rules.UNSC_MISSION_ACTIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleId: UNSC-MISSION-ACTIVE needs a unit whose status is one of "
            + "[DEPLOYED], but this generator draws only [READY_TO_DEPLOY]");
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
