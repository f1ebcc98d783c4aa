package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.ArrangementKind;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SingleContributor;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link Pledge}s, valid by default (see {@link Testkit}), narrowed fluently.
 *
 * <p>Each narrowing method returns a new generator and leaves this one unchanged. The defaults:
 * a pledge made from the New York Leaders' Summit (28 September 2015) to {@link
 * Testkit#DEFAULT_DATE}, at a ministerial conference of that span or between them; by a UN
 * Member State alone most often, else jointly with another, in rotation with another (periods
 * that do not overlap), in a triangular partnership with a distinct provider, or as a donation
 * with a recipient. Three pledges in four are capability pledges: one to three units (offered or
 * ready to deploy, from {@link Units#units()}), registered in the PCRS within 60 days of the
 * pledge. The others offer training or equipment, carry no readiness and no reconfirmation. Every
 * pledge carries at least one SEO21 category. The units of a pledge have the ids {@code <pledge
 * id>-U1}, {@code -U2}…, distinct within it; their generator can be chosen with {@link
 * #withUnits}.
 *
 * <p><b>Readiness is a history</b> ({@link Readiness}): the registration, then up to three more
 * steps, which may raise the level, fall back to a lower one, or leave the system (withdrawn or
 * expired) and come back. Every step that reaches a level carries the evidence of that level,
 * dated on or before it: a successful Assessment and Advisory Visit from Level 2 on, an alignment
 * with a generic or mission-specific Statement of Unit Requirements from Level 3 on, a commitment
 * to deploy within 30 or 60 days at the Rapid Deployment Level. Evidence carries over to later
 * steps until the pledge leaves the system. A step does not repeat the level of the one before
 * it, but for Level 1 after Level 1, which records an unsuccessful visit (it backs no level, and
 * Level 1 needs none). The step in force on {@link
 * Testkit#DEFAULT_DATE} is at any level, or, one pledge in eight, an exit. {@link
 * #registeredOnce()} keeps the history to the registration alone.
 *
 * <p><b>Reconfirmations</b> fall after the registration, on days the pledge holds a level. A
 * pledge still at a level on {@link Testkit#DEFAULT_DATE} and registered more than twelve months
 * before it was reconfirmed within the six months before it.
 *
 * <p><b>Nothing is dated after {@link Testkit#DEFAULT_DATE}</b> unless asked for, in two ways:
 * {@link #madeBetween} with a span that runs past it gives pledges made later, which the rules do
 * not evaluate as of that date (the report carries a notice), each registered on the day it was
 * made with its facts up to that day or {@link #recordedUntil}'s, whichever is later; {@link
 * #recordedUntil} lets the histories and reconfirmations of the others go on past it, and they
 * stay valid as of it, since the rules read facts as of their evaluation date. The units'
 * training and vetting are never dated after it. Rotation periods are a schedule, not facts, and
 * may run past it.
 *
 * <p>{@link #violating(String)} turns it into a generator of pledges that break exactly one chosen
 * rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PledgeGenerator implements Gen<Pledge> {

  private static final LocalDate EARLIEST = Conference.NEW_YORK_2015.date();

  private static final LocalDate AS_OF = Testkit.DEFAULT_DATE;

  private static final List<ArrangementKind> ARRANGEMENTS = List.of(
      ArrangementKind.SINGLE, ArrangementKind.SINGLE, ArrangementKind.SINGLE,
      ArrangementKind.SINGLE, ArrangementKind.JOINT, ArrangementKind.ROTATION,
      ArrangementKind.TRIANGULAR, ArrangementKind.DONATION);

  private static final List<PledgeCategory> OTHER_CATEGORIES = List.copyOf(
      EnumSet.complementOf(EnumSet.of(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)));

  private static final List<String> EQUIPMENT = List.of(
      "Utility helicopters", "Armoured personnel carriers", "Field ambulances",
      "Water purification units", "Solar power systems", "Counter-IED kits");

  private static final List<String> TRAINING = List.of(
      "Pre-deployment training for formed police units",
      "Female military officers' course",
      "Mobile training team on protection of civilians",
      "Peacekeeping medical training",
      "Training on camp environmental management");

  private final Optional<ReadinessLevel> level;
  private final Optional<PledgeCategory> category;
  private final Optional<Contributor> contributor;
  private final LocalDate from;
  private final LocalDate to;
  private final Optional<Conference> conference;
  private final boolean once;
  private final LocalDate recordsEnd;
  // The rule each valid pledge is then made to break, or null for valid pledges. The span, the
  // levels and the unit types are already narrowed to what the rule needs.
  private final @Nullable String rule;
  // The levels the step in force on the default date may be at, and whether it may be an exit.
  private final List<ReadinessLevel> levels;
  private final boolean exits;
  private final UnitGenerator units;
  // The generators of the offers of equipment and of training, or null for the testkit's own.
  private final @Nullable Gen<EquipmentOffer> equipment;
  private final @Nullable Gen<TrainingOffer> training;
  // units as a pledge offers them, and the same breaking the unit rule this generator breaks (or
  // null if it breaks none).
  private final UnitGenerator offered;
  private final @Nullable UnitGenerator brokenUnits;

  private PledgeGenerator(
      Optional<ReadinessLevel> level,
      Optional<PledgeCategory> category,
      Optional<Contributor> contributor,
      LocalDate from,
      LocalDate to,
      Optional<Conference> conference,
      boolean once,
      LocalDate recordsEnd,
      @Nullable String rule,
      UnitGenerator units,
      @Nullable Gen<EquipmentOffer> equipment,
      @Nullable Gen<TrainingOffer> training) {
    // The units a pledge offers: its contributor's, offered or ready to deploy, the window in the
    // readiness. The check is here so that a unit generator that rules these out fails now.
    UnitGenerator offered = units.offeredInPledges();
    UnitGenerator broken = null;
    if (rule != null && UNIT_RULES.contains(rule)) {
      broken = offered.violating(rule);
    }
    List<ReadinessLevel> levels = level.map(List::of).orElse(List.of(ReadinessLevel.values()));
    if (rule != null) {
      if (rule.equals(Rules.LDN16_PCRS_REGISTERED) && level.isPresent()) {
        throw Breaches.conflict(rule, "a capability pledge not registered in the PCRS by "
            + AS_OF, "is narrowed to " + level.get());
      }
      List<ReadinessLevel> needed = levelsFor(rule);
      levels = levels.stream().filter(needed::contains).toList();
      if (levels.isEmpty()) {
        throw Breaches.conflict(rule, "a readiness level among " + needed,
            "is narrowed to " + level.orElseThrow());
      }
      // The rules do not evaluate a pledge made after the evaluation date.
      if (from.isAfter(AS_OF)) {
        throw Breaches.conflict(rule, "a pledge made on or before " + AS_OF,
            "draws pledges made from " + from);
      }
      to = Gens.min(to, AS_OF);
      if (rule.equals(Rules.SEO21_PLEDGE_CATEGORY)) {
        if (category.isPresent()) {
          throw Breaches.conflict(rule, "a pledge without category",
              "is narrowed to " + category.get());
        }
        if (to.isBefore(Conference.SEOUL_2021.date())) {
          throw Breaches.conflict(rule, "a pledge made on or after "
              + Conference.SEOUL_2021.date(), "draws pledges made up to " + to);
        }
        from = Gens.max(from, Conference.SEOUL_2021.date());
      }
      if (rule.equals(Rules.PCRS19_PLEDGE_CURRENCY)) {
        if (from.isAfter(STALE_PLEDGE)) {
          throw Breaches.conflict(rule, "a pledge made on or before " + STALE_PLEDGE,
              "draws pledges made from " + from);
        }
        to = Gens.min(to, STALE_PLEDGE);
      }
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to: must not be before from " + from + ", was " + to);
    }
    if (conference.isPresent()
        && (conference.get().lastDate().isBefore(from) || conference.get().date().isAfter(to))) {
      throw new IllegalArgumentException("conference: must fall within " + from + "/" + to
          + ", was " + conference.get() + " (" + conference.get().date() + ")");
    }
    this.level = level;
    this.category = category;
    this.contributor = contributor;
    this.from = from;
    this.to = to;
    this.conference = conference;
    this.once = once;
    this.recordsEnd = recordsEnd;
    this.rule = rule;
    this.units = units;
    this.equipment = equipment;
    this.training = training;
    this.offered = offered;
    this.brokenUnits = broken;
    this.levels = levels;
    this.exits = level.isEmpty() && !once && (rule == null || EXITS_ALLOWED.contains(rule));
  }

  /**
   * Returns a generator of pledges whose units come from {@code units}: each capability pledge
   * offers one to three of its units, narrowed to what a pledge offers (units of the pledge's
   * contributor, offered or ready to deploy, without a rapid-deployment window of their own: the
   * pledge states it in its readiness). {@code pledges().withUnits(Units.units().ofType(
   * UnitType.FORMED_POLICE_UNIT))} gives pledges of formed police units. {@link #violating} with
   * a unit rule breaks it in one of these units.
   *
   * @param units the generator of the units, not null; a generator of units that break a rule
   *     gives pledges whose units all break it
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code units} draws neither offered units nor units ready
   *     to deploy, or cannot break the unit rule this generator breaks
   */
  public PledgeGenerator withUnits(UnitGenerator units) {
    Objects.requireNonNull(units, "units");
    return new PledgeGenerator(level, category, contributor, from, to, conference, once,
        recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges whose offers of equipment come from {@code equipment}: a
   * donation offers one (to the donation's recipient, whatever recipient the drawn offer names),
   * half the pledges that are neither capability pledges nor donations offer one (without
   * recipient).
   *
   * @param equipment the generator of the offers, not null; it must not return null
   * @return a new generator, never null
   */
  public PledgeGenerator withEquipment(Gen<EquipmentOffer> equipment) {
    Objects.requireNonNull(equipment, "equipment");
    return new PledgeGenerator(level, category, contributor, from, to, conference, once,
        recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges whose offers of training come from {@code training}: a pledge
   * that is not a capability pledge offers none to two of them.
   *
   * @param training the generator of the offers, not null; it must not return null
   * @return a new generator, never null
   */
  public PledgeGenerator withTraining(Gen<TrainingOffer> training) {
    Objects.requireNonNull(training, "training");
    return new PledgeGenerator(level, category, contributor, from, to, conference, once,
        recordsEnd, rule, units, equipment, training);
  }

  static PledgeGenerator defaults() {
    return new PledgeGenerator(Optional.empty(), Optional.empty(), Optional.empty(), EARLIEST,
        AS_OF, Optional.empty(), false, AS_OF, null, Units.units(), null, null);
  }

  /**
   * Returns a generator of capability pledges at {@code level} on {@link Testkit#DEFAULT_DATE}:
   * the step of their history in force that day reaches {@code level} (earlier steps may be at
   * other levels). A pledge made after that day (see {@link #madeBetween}) is at {@code level} on
   * its latest step. With {@link #registeredOnce()}, the pledges were registered at {@code level}
   * and stayed there.
   *
   * @param level the PCRS readiness level, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if this generator breaks a rule that {@code level} rules out
   *     (LDN16-PCRS-REGISTERED at any level; PCRS19-LEVEL-EVIDENCE at Level 1; PCRS19-RDL-WINDOW
   *     below the Rapid Deployment Level)
   */
  public PledgeGenerator atReadiness(ReadinessLevel level) {
    Objects.requireNonNull(level, "level");
    return new PledgeGenerator(Optional.of(level), category, contributor, from, to, conference,
        once, recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges whose capability pledges were registered in the PCRS once, at
   * one level, and never changed: their history is one step. {@code
   * pledges().atReadiness(LEVEL_3).registeredOnce()} gives pledges registered at Level 3 with
   * their AAV and SUR, and nothing else in their history.
   *
   * @return a new generator, never null
   */
  public PledgeGenerator registeredOnce() {
    return new PledgeGenerator(
        level, category, contributor, from, to, conference, true, recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator whose pledges' readiness histories and reconfirmations may go on after
   * {@link Testkit#DEFAULT_DATE}, until {@code last}: a way to ask for facts dated after the
   * evaluation date. The facts up to {@link Testkit#DEFAULT_DATE} are drawn as without this call
   * (the pledges are valid as of it: the rules do not count facts dated later), then up to two
   * more steps and one more reconfirmation may follow, up to {@code last}. A pledge with a single
   * step ({@link #registeredOnce()}) gets no more steps. The pledges are not necessarily valid as
   * of a later date: a step after {@link Testkit#DEFAULT_DATE} may leave the system, a pledge may
   * fall due for reconfirmation.
   *
   * @param last the last day a step or a reconfirmation may be on, not null, not before {@link
   *     Testkit#DEFAULT_DATE}
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code last} is before {@link Testkit#DEFAULT_DATE}
   */
  public PledgeGenerator recordedUntil(LocalDate last) {
    Objects.requireNonNull(last, "last");
    if (last.isBefore(AS_OF)) {
      throw new IllegalArgumentException(
          "last: must not be before Testkit.DEFAULT_DATE " + AS_OF + ", was " + last);
    }
    return new PledgeGenerator(
        level, category, contributor, from, to, conference, once, last, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges that carry {@code category} (among others, perhaps). {@link
   * PledgeCategory#MILITARY_AND_POLICE_CAPABILITIES} makes every pledge a capability pledge.
   *
   * @param category the SEO21 pledge category, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if this generator breaks SEO21-PLEDGE-CATEGORY
   */
  public PledgeGenerator inCategory(PledgeCategory category) {
    Objects.requireNonNull(category, "category");
    return new PledgeGenerator(level, Optional.of(category), contributor, from, to, conference,
        once, recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges made by {@code contributor}: the single contributor, the
   * first party of a joint pledge or rotation, the contributor of a triangular partnership, or
   * the donor. The other party, if any, is another Member State.
   *
   * @param contributor the contributor, not null
   * @return a new generator, never null
   */
  public PledgeGenerator from(Contributor contributor) {
    Objects.requireNonNull(contributor, "contributor");
    return new PledgeGenerator(level, category, Optional.of(contributor), from, to, conference,
        once, recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges made from {@code from} to {@code to}, both included. A span
   * that runs past {@link Testkit#DEFAULT_DATE} gives pledges made after it, which the rules do
   * not evaluate as of that date; such a pledge is registered on the day it was made (see the
   * class comment). A generator that breaks a rule keeps to the days up to {@link
   * Testkit#DEFAULT_DATE}.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, a conference chosen
   *     with {@link #atConference} falls outside the span, or the span rules out the rule this
   *     generator breaks
   */
  public PledgeGenerator madeBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return new PledgeGenerator(
        level, category, contributor, from, to, conference, once, recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges made at {@code conference}, during its days.
   *
   * @param conference the ministerial conference, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if the conference falls outside a span chosen with {@link
   *     #madeBetween}
   */
  public PledgeGenerator atConference(Conference conference) {
    Objects.requireNonNull(conference, "conference");
    return new PledgeGenerator(level, category, contributor, from, to, Optional.of(conference),
        once, recordsEnd, rule, units, equipment, training);
  }

  /**
   * Returns a generator of pledges that break rule {@code ruleId}, and no other rule: {@link
   * io.github.peacekeeping.validation.CommuniqueValidator} reports, under {@link
   * Testkit#contextFor(String) Testkit.contextFor(ruleId)}, at least one finding of that rule at
   * the rule's severity and no finding of another rule at {@code WARNING} or above. Each pledge
   * is a valid pledge of this generator, made on or before {@link Testkit#DEFAULT_DATE}, changed
   * in one respect, with QuickTheories primitives, so it shrinks like a valid one. "The step in
   * force" is the step of the readiness history in force on {@link Testkit#DEFAULT_DATE}. The
   * rules and how pledges break them:
   *
   * <ul>
   *   <li>{@code LDN16-PCRS-REGISTERED}: a capability pledge without readiness, or one registered
   *       in the PCRS only after {@link Testkit#DEFAULT_DATE} (within 60 days of it; its whole
   *       history, evidence included, then lies in the year after that date, and it has no
   *       reconfirmation);
   *   <li>{@code LDN16-RAPID-DEPLOYMENT-WINDOW}: the step in force states a rapid-deployment
   *       window other than 30, 60 or 90 days (from 1 to 180 days; below 60 days at the Rapid
   *       Deployment Level, so that PCRS19-RDL-WINDOW holds);
   *   <li>{@code PCRS19-RDL-WINDOW}: the step in force is at the Rapid Deployment Level with a
   *       window of 90 days (the only window LDN16 allows beyond PCRS19's 60 days);
   *   <li>{@code PCRS19-LEVEL-EVIDENCE}: the step in force is at Level 2 or above and has no
   *       AAV, or an unsuccessful one; or it is at Level 3 or above and has no SUR alignment; or
   *       both;
   *   <li>{@code PCRS19-PLEDGE-CURRENCY}: a capability pledge, not a donation, registered on or
   *       before 22 November 2025 (more than twelve months before {@link Testkit#DEFAULT_DATE}),
   *       still at a level on {@link Testkit#DEFAULT_DATE}, not reconfirmed since 22 May 2026
   *       (more than six months before it): never reconfirmed, reconfirmed only earlier, or, one
   *       pledge in three, also reconfirmed after {@link Testkit#DEFAULT_DATE}, which does not
   *       count; it assumes the context's as-of date is {@link Testkit#DEFAULT_DATE};
   *   <li>{@code LDN16-CAPABILITY-GAP}: a capability pledge none of whose units is of a type of
   *       {@link Testkit#CAPABILITY_GAPS}; it breaks the rule only under a context with those
   *       gaps, {@link Testkit#CAPABILITY_GAP_CONTEXT}, and draws no finding under {@link
   *       Testkit#DEFAULT_CONTEXT};
   *   <li>{@code IPI21-ARRANGEMENT-PARTIES}: a joint pledge that names one contributor (once or
   *       twice), a rotation among one contributor, a rotation of two contributors whose periods
   *       overlap, a triangular partnership whose provider is the contributor, or a donation
   *       without recipient;
   *   <li>{@code SEO21-PLEDGE-CATEGORY}: a pledge made on or after the Seoul 2021 ministerial
   *       (7 December 2021) without category;
   *   <li>a unit rule that a unit offered or ready to deploy can break ({@code
   *       IPI21-CAVEATS-DECLARED}, {@code LDN16-NIO}, {@code LDN16-GENDER-ADVISER-UNIT}, {@code
   *       LDN16-FPU-WOMEN-PLATOON}, {@code LDN16-MIXED-ENGAGEMENT-TEAM}, {@code
   *       LDN16-PREDEPLOYMENT-TRAINING}, {@code LDN16-GENDER-SENSITIVE-TRAINING}, {@code
   *       LDN16-VETTING}, {@code LDN16-NIGHT-FLYING}): a capability pledge exactly one of whose
   *       units, at any position, breaks it as {@link UnitGenerator#violating} describes, drawn
   *       from the units of {@link #withUnits} (the others are valid units of it). The rules on
   *       deployed units ({@code CHOD17-EQUIPMENT-STANDARD}, {@code UNSC-MISSION-ACTIVE}) are
   *       not a pledge's: it offers no deployed unit.
   * </ul>
   *
   * <p>Narrowing before or after this call keeps to what the rule needs (the span, the levels),
   * or throws if it cannot. A later call of {@code violating} replaces the rule.
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown, is a rule on another subject
   *     (missions, registries, deployed units…), or conflicts with this generator's narrowing (a
   *     level, category or span the rule cannot be broken in, units of {@link #withUnits} that
   *     cannot break it); the message names the rules this generator can break
   */
  public PledgeGenerator violating(String ruleId) {
    Breaches.require(ruleId, "PledgeGenerator", "a pledge", ALL_SUPPORTED);
    return new PledgeGenerator(
        level, category, contributor, from, to, conference, once, recordsEnd, ruleId, units, equipment, training);
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts on this generator, as narrowed, in
   * the order of {@link io.github.peacekeeping.validation.Rules#all()}: a rule that this
   * generator's narrowing rules out (PCRS19-RDL-WINDOW after {@code atReadiness(LEVEL_1)}, SEO21-PLEDGE-CATEGORY after {@code
   * inCategory}, LDN16-NIGHT-FLYING after {@code withUnits} of infantry battalions) is not listed. {@link
   * Testkit#breakableBy()} lists, for every rule of the catalogue, the generators that can break it.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> supportedRules() {
    List<String> supported = new ArrayList<>();
    for (String id : ALL_SUPPORTED) {
      try {
        violating(id);
        supported.add(id);
      } catch (IllegalArgumentException ruledOut) {
        // This generator's narrowing rules the breach out.
      }
    }
    return List.copyOf(supported);
  }

  /**
   * Returns the short description of {@code pledge} that QuickTheories prints in a failure message:
   * {@link Descriptions#of(Pledge)}.
   *
   * @param pledge the value, not null
   * @return the description, never null
   */
  @Override
  public String asString(Pledge pledge) {
    return Descriptions.of(pledge);
  }

  @Override
  public Pledge generate(RandomnessSource in) {
    Pledge pledge = valid(in);
    return rule == null ? pledge : breach(in, pledge);
  }

  private static final List<String> SUPPORTED = List.of(
      Rules.LDN16_PCRS_REGISTERED,
      Rules.LDN16_RAPID_DEPLOYMENT_WINDOW,
      Rules.PCRS19_RDL_WINDOW,
      Rules.PCRS19_LEVEL_EVIDENCE,
      Rules.PCRS19_PLEDGE_CURRENCY,
      Rules.LDN16_CAPABILITY_GAP,
      Rules.IPI21_ARRANGEMENT_PARTIES,
      Rules.SEO21_PLEDGE_CATEGORY);

  // The unit rules a unit offered or ready to deploy can break, less the window (a pledge rule).
  private static final List<String> UNIT_RULES = UnitGenerator.allRules().stream()
      .filter(id -> !SUPPORTED.contains(id))
      .filter(id -> UnitGenerator.breaksInPledges(id))
      .toList();

  private static final List<String> ALL_SUPPORTED = io.github.peacekeeping.validation.Rules.all()
      .stream().map(r -> r.id())
      .filter(id -> SUPPORTED.contains(id) || UNIT_RULES.contains(id))
      .toList();

  // The rules whose breach leaves the step in force alone, so that it may be an exit.
  private static final Set<String> EXITS_ALLOWED = Set.of(
      Rules.LDN16_PCRS_REGISTERED, Rules.LDN16_CAPABILITY_GAP, Rules.IPI21_ARRANGEMENT_PARTIES,
      Rules.SEO21_PLEDGE_CATEGORY);

  // The last day a pledge can be registered on to be more than twelve months old on the default
  // date.
  private static final LocalDate STALE_PLEDGE = AS_OF.minusMonths(12).minusDays(1);
  // The last day a confirmation can be on to be more than six months old on the default date.
  private static final LocalDate STALE_CONFIRMATION = AS_OF.minusMonths(6).minusDays(1);

  /** The levels the step in force can be at for a pledge breaking {@code rule}. */
  private static List<ReadinessLevel> levelsFor(String rule) {
    return switch (rule) {
      case Rules.PCRS19_RDL_WINDOW -> List.of(ReadinessLevel.RAPID_DEPLOYMENT);
      case Rules.PCRS19_LEVEL_EVIDENCE -> List.of(
          ReadinessLevel.LEVEL_2, ReadinessLevel.LEVEL_3, ReadinessLevel.RAPID_DEPLOYMENT);
      default -> List.of(ReadinessLevel.values());
    };
  }

  private boolean needsCapability() {
    return rule != null && !rule.equals(Rules.IPI21_ARRANGEMENT_PARTIES)
        && !rule.equals(Rules.SEO21_PLEDGE_CATEGORY);
  }

  private Pledge breach(RandomnessSource in, Pledge pledge) {
    Pledge.Builder broken = Pledge.builder().from(pledge);
    switch (rule) {
      case Rules.LDN16_PCRS_REGISTERED -> {
        broken.reconfirmations(List.of());
        if (Gens.chance(in, 2)) {
          broken.readiness(Optional.empty());
        } else {
          // Registered only after the evaluation date: the whole history follows it.
          LocalDate first = AS_OF.plusDays(1);
          LocalDate fixed = AS_OF.plusYears(1);
          broken.readiness(ReadinessHistories.draw(in, new ReadinessHistories.Plan(first, first,
              AS_OF.plusDays(60), fixed, Gens.pick(in, List.of(ReadinessLevel.values())), once,
              Gens.max(fixed, recordsEnd), pledge.units().get(0).type().code())));
        }
      }
      case Rules.LDN16_RAPID_DEPLOYMENT_WINDOW -> broken.readiness(changeStepInForce(pledge,
          step -> {
            List<Integer> windows = step.level().orElseThrow() == ReadinessLevel.RAPID_DEPLOYMENT
                ? Breaches.NON_LONDON_WINDOWS_WITHIN_60
                : Breaches.NON_LONDON_WINDOWS;
            return withWindow(step, Gens.pick(in, windows));
          }));
      case Rules.PCRS19_RDL_WINDOW ->
          broken.readiness(changeStepInForce(pledge, step -> withWindow(step, 90)));
      case Rules.PCRS19_LEVEL_EVIDENCE -> broken.readiness(changeStepInForce(pledge,
          step -> withoutEvidence(in, step)));
      case Rules.PCRS19_PLEDGE_CURRENCY -> {
        List<LocalDate> kept = new ArrayList<>(pledge.reconfirmations().stream()
            .filter(day -> !day.isAfter(STALE_CONFIRMATION) || day.isAfter(AS_OF))
            .toList());
        if (kept.stream().noneMatch(day -> day.isAfter(AS_OF)) && Gens.between(in, 0, 2) == 2) {
          LocalDate later = Gens.date(in, AS_OF.plusDays(1), AS_OF.plusMonths(6));
          if (pledge.readiness().orElseThrow().levelOn(later).isPresent()) {
            kept.add(later);
          }
        }
        broken.reconfirmations(kept);
      }
      case Rules.LDN16_CAPABILITY_GAP -> {
        // The units were drawn outside the gaps already.
      }
      case Rules.IPI21_ARRANGEMENT_PARTIES ->
          broken.arrangement(brokenArrangement(in, pledge));
      case Rules.SEO21_PLEDGE_CATEGORY -> broken.categories(Set.of());
      default -> {
        if (!UNIT_RULES.contains(rule)) {
          throw new IllegalStateException("no breach for " + rule);
        }
        // One unit was drawn breaking the rule already.
      }
    }
    return broken.build();
  }

  private static Readiness changeStepInForce(
      Pledge pledge, UnaryOperator<ReadinessStep> change) {
    Readiness readiness = pledge.readiness().orElseThrow();
    int index = ReadinessHistories.indexOn(readiness, AS_OF).orElseThrow();
    return ReadinessHistories.replace(readiness, index, change.apply(readiness.steps().get(index)));
  }

  private static ReadinessStep withWindow(ReadinessStep step, int days) {
    LocalDate committedOn = step.rapidDeployment()
        .map(RapidDeploymentCommitment::committedOn)
        .orElse(step.on());
    return ReadinessStep.builder().from(step)
        .rapidDeployment(RapidDeploymentCommitment.of(days, committedOn))
        .build();
  }

  private static ReadinessStep withoutEvidence(RandomnessSource in, ReadinessStep step) {
    // 0: no AAV; 1: an unsuccessful AAV; 2: no SUR; 3: neither; 4: an unsuccessful AAV, no SUR.
    boolean sur = step.level().orElseThrow().isAtLeast(ReadinessLevel.LEVEL_3);
    int missing = Gens.between(in, 0, sur ? 4 : 1);
    ReadinessStep.Builder evidence = ReadinessStep.builder().from(step);
    AssessmentVisit visit = step.aav().orElseThrow();
    if (missing == 0 || missing == 3) {
      evidence.aav(Optional.empty());
    } else if (missing == 1 || missing == 4) {
      evidence.aav(AssessmentVisit.unsuccessful(visit.date()));
    }
    if (missing >= 2) {
      evidence.sur(Optional.empty());
    }
    return evidence.build();
  }

  private static Arrangement brokenArrangement(RandomnessSource in, Pledge pledge) {
    Contributor primary = pledge.contributors().get(0);
    LocalDate start = pledge.pledgedOn().plusMonths(Gens.between(in, 1, 6));
    return switch (Gens.between(in, 0, 5)) {
      case 0 -> JointPledge.of(List.of(primary));
      case 1 -> JointPledge.of(List.of(primary, primary));
      case 2 -> Rotation.of(List.of(
          RotationPeriod.of(primary, start, start.plusMonths(6).minusDays(1)),
          RotationPeriod.of(primary, start.plusMonths(6), start.plusMonths(12).minusDays(1))));
      case 3 -> {
        MemberState other = Gens.pickOther(in, MemberState.all(), primary);
        // The second period starts one to five months before the first one ends.
        LocalDate overlap = start.plusMonths(Gens.between(in, 1, 5));
        yield Rotation.of(List.of(
            RotationPeriod.of(primary, start, start.plusMonths(6).minusDays(1)),
            RotationPeriod.of(other, overlap, overlap.plusMonths(6).minusDays(1))));
      }
      case 4 -> TriangularPartnership.of(primary, primary);
      default -> Donation.of(primary, Optional.empty());
    };
  }

  private Pledge valid(RandomnessSource in) {
    Optional<Conference> at = conference(in);
    LocalDate pledgedOn = at.isPresent()
        ? Gens.date(in, Gens.max(at.get().date(), from), Gens.min(at.get().lastDate(), to))
        : Gens.date(in, from, to);
    Contributor primary = contributor.isPresent()
        ? contributor.get()
        : Contributors.memberStates().generate(in);
    // PCRS19-PLEDGE-CURRENCY does not apply to donations.
    Arrangement arrangement = arrangement(in, primary, pledgedOn,
        !Rules.PCRS19_PLEDGE_CURRENCY.equals(rule));
    boolean capability = level.isPresent()
        || needsCapability()
        || category.equals(Optional.of(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES))
        || !Gens.chance(in, 4);

    Pledge.Builder pledge = Pledge.builder()
        .arrangement(arrangement)
        .pledgedOn(pledgedOn)
        .conference(at);
    Set<PledgeCategory> categories = EnumSet.noneOf(PledgeCategory.class);
    category.ifPresent(categories::add);
    if (capability) {
      categories.add(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES);
      UnitGenerator offered = this.offered.from(primary);
      if (Rules.LDN16_CAPABILITY_GAP.equals(rule)) {
        offered = offered.excluding(Testkit.CAPABILITY_GAPS);
      }
      List<Unit> units;
      if (brokenUnits == null) {
        units = Gens.listOf(in, offered, 1, 3);
      } else {
        // Exactly one unit breaks the rule, at any position.
        int count = Gens.between(in, 1, 3);
        int brokenAt = Gens.between(in, 0, count - 1);
        units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          units.add((i == brokenAt ? brokenUnits.from(primary) : offered).generate(in));
        }
      }
      pledge.units(units);
      if (units.stream().anyMatch(u -> u.type().medical())) {
        categories.add(PledgeCategory.MEDICAL);
      }
      Readiness readiness = readiness(in, pledgedOn, units.get(0));
      pledge.readiness(readiness);
      pledge.reconfirmations(reconfirmations(in, pledgedOn, readiness));
    } else {
      categories.add(Gens.pick(in, OTHER_CATEGORIES));
      int offers = Gens.between(in, 0, 2);
      for (int i = 0; i < offers; i++) {
        pledge.addTraining(training != null
            ? training.generate(in)
            : TrainingOffer.of(Gens.pick(in, TRAINING),
                List.<Contributor>copyOf(Gens.listOf(in, Contributors.memberStates(), 0, 3))));
      }
    }
    if (arrangement instanceof Donation donation) {
      Contributor recipient = donation.recipient().orElseThrow();
      pledge.addEquipment(equipment != null
          ? withRecipient(equipment.generate(in), Optional.of(recipient))
          : EquipmentOffer.of(Gens.pick(in, EQUIPMENT), Gens.between(in, 1, 16), recipient));
    } else if (!capability && Gens.oneIn(in, 2)) {
      pledge.addEquipment(equipment != null
          ? withRecipient(equipment.generate(in), Optional.empty())
          : EquipmentOffer.of(Gens.pick(in, EQUIPMENT), Gens.between(in, 1, 20)));
    }
    for (PledgeCategory other : OTHER_CATEGORIES) {
      if (Gens.between(in, 0, 5) == 5) {
        categories.add(other);
      }
    }
    pledge.categories(categories);
    String id = primary.code() + "-" + pledgedOn.getYear() + "-"
        + String.format("%03d", Gens.between(in, 1, 999));
    pledge.id(id);
    Pledge built = pledge.build();
    if (built.units().isEmpty()) {
      return built;
    }
    // Unit#id is unique within a data set: the units of a pledge are numbered within it.
    List<Unit> numbered = new ArrayList<>();
    for (Unit unit : built.units()) {
      numbered.add(Unit.builder().from(unit).id(id + "-U" + (numbered.size() + 1)).build());
    }
    return Pledge.builder().from(built).units(numbered).build();
  }

  private static EquipmentOffer withRecipient(EquipmentOffer offer, Optional<Contributor> to) {
    return to.isPresent()
        ? EquipmentOffer.of(offer.description(), offer.quantity(), to.get())
        : EquipmentOffer.of(offer.description(), offer.quantity());
  }

  private Optional<Conference> conference(RandomnessSource in) {
    if (conference.isPresent()) {
      return conference;
    }
    List<Conference> within = EnumSet.allOf(Conference.class).stream()
        .filter(c -> !c.date().isBefore(from) && !c.lastDate().isAfter(to))
        .toList();
    if (within.isEmpty() || Gens.chance(in, 3)) {
      return Optional.empty();
    }
    return Optional.of(Gens.pick(in, within));
  }

  private static Arrangement arrangement(
      RandomnessSource in, Contributor primary, LocalDate pledgedOn, boolean donations) {
    ArrangementKind kind = Gens.pick(in, ARRANGEMENTS);
    if (kind == ArrangementKind.SINGLE || (kind == ArrangementKind.DONATION && !donations)) {
      return SingleContributor.of(primary);
    }
    MemberState other = Gens.pickOther(in, MemberState.all(), primary);
    return switch (kind) {
      case JOINT -> JointPledge.of(List.of(primary, other));
      case TRIANGULAR -> TriangularPartnership.of(primary, other);
      case DONATION -> Donation.of(primary, other);
      default -> {
        List<RotationPeriod> periods = new ArrayList<>();
        LocalDate start = pledgedOn.plusMonths(Gens.between(in, 1, 6));
        int count = Gens.between(in, 2, 4);
        for (int i = 0; i < count; i++) {
          LocalDate next = start.plusMonths(Gens.chance(in, 2) ? 12 : 6);
          periods.add(RotationPeriod.of(i % 2 == 0 ? primary : other, start, next.minusDays(1)));
          start = next;
        }
        yield Rotation.of(periods);
      }
    };
  }

  /**
   * The day the history is fixed on: the default date for a pledge made by then, else the last
   * day of its records.
   */
  private LocalDate fixedOn(LocalDate pledgedOn) {
    return pledgedOn.isAfter(AS_OF) ? Gens.max(pledgedOn, recordsEnd) : AS_OF;
  }

  private Readiness readiness(RandomnessSource in, LocalDate pledgedOn, Unit unit) {
    LocalDate fixedOn = fixedOn(pledgedOn);
    LocalDate registeredTo = Gens.min(pledgedOn.plusDays(60), fixedOn);
    if (Rules.PCRS19_PLEDGE_CURRENCY.equals(rule)) {
      registeredTo = Gens.min(registeredTo, STALE_PLEDGE);
    }
    // One pledge in eight has left the system by then, where that leaves room for two steps.
    Object inForce = exits && pledgedOn.isBefore(fixedOn) && Gens.between(in, 0, 7) == 7
        ? Gens.pick(in, List.of(ReadinessExit.values()))
        : Gens.pick(in, levels);
    ReadinessHistories.Plan plan = new ReadinessHistories.Plan(pledgedOn, pledgedOn,
        registeredTo, fixedOn, inForce, once, Gens.max(fixedOn, recordsEnd), unit.type().code());
    Readiness drawn = ReadinessHistories.draw(in, plan);
    // A pledge that left the system and came back is on the renewal cycle from its return: to
    // break PCRS19-PLEDGE-CURRENCY, the stay in force must have begun by the stale day.
    if (Rules.PCRS19_PLEDGE_CURRENCY.equals(rule)
        && drawn.enteredBy(AS_OF).map(day -> day.isAfter(STALE_PLEDGE)).orElse(false)) {
      drawn = ReadinessHistories.draw(in, new ReadinessHistories.Plan(plan.evidenceFrom(),
          plan.registeredFrom(), plan.registeredTo(), plan.fixedOn(), plan.inForce(), true,
          plan.recordsEnd(), plan.unitCode()));
    }
    return drawn;
  }

  private List<LocalDate> reconfirmations(
      RandomnessSource in, LocalDate pledgedOn, Readiness readiness) {
    LocalDate fixedOn = fixedOn(pledgedOn);
    LocalDate registeredOn = readiness.registeredOn();
    ReadinessStep inForce = readiness.stepOn(fixedOn).orElseThrow();
    // Due as PCRS19-PLEDGE-CURRENCY has it: still at a level, and in the system (since the
    // registration, or since a return after an exit) for over a year.
    boolean due = !pledgedOn.isAfter(AS_OF) && inForce.level().isPresent()
        && readiness.enteredBy(AS_OF).map(day -> day.isBefore(AS_OF.minusMonths(12)))
            .orElse(false);
    List<LocalDate> days = new ArrayList<>();
    if (due) {
      LocalDate recentFrom = Gens.max(Gens.max(AS_OF.minusMonths(6), inForce.on()),
          registeredOn.plusDays(1));
      days.addAll(Gens.increasingDates(in, registeredOn.plusDays(1), recentFrom.minusDays(1), 2));
      days.add(Gens.date(in, recentFrom, AS_OF));
    } else {
      days.addAll(Gens.increasingDates(in, registeredOn.plusDays(1), fixedOn, 2));
    }
    if (recordsEnd.isAfter(fixedOn)) {
      days.addAll(Gens.increasingDates(in, fixedOn.plusDays(1), recordsEnd, 1));
    }
    // Reconfirmed only while the pledge holds a level.
    return days.stream().filter(day -> readiness.levelOn(day).isPresent()).toList();
  }
}
