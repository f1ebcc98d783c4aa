package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.ArrangementKind;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
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
 * ready to deploy, from {@link Units#units()}), registered in the PCRS at any readiness level
 * with the evidence that level requires (an AAV date from Level 2, a SUR reference from Level 3,
 * a window of 30 or 60 days at the Rapid Deployment Level). The others offer training or
 * equipment. Every pledge carries at least one SEO21 category. A pledge made more than twelve
 * months before {@link Testkit#DEFAULT_DATE} was reconfirmed within the six months before it.
 *
 * <p>{@link #violating(String)} turns it into a generator of pledges that break exactly one chosen
 * rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PledgeGenerator implements Gen<Pledge> {

  private static final LocalDate EARLIEST = Conference.NEW_YORK_2015.date();

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
  // The rule each valid pledge is then made to break, or null for valid pledges. The span, the
  // levels and the unit types are already narrowed to what the rule needs.
  private final @Nullable String rule;
  private final List<ReadinessLevel> levels;

  private PledgeGenerator(
      Optional<ReadinessLevel> level,
      Optional<PledgeCategory> category,
      Optional<Contributor> contributor,
      LocalDate from,
      LocalDate to,
      Optional<Conference> conference,
      @Nullable String rule) {
    List<ReadinessLevel> levels = level.map(List::of).orElse(List.of(ReadinessLevel.values()));
    if (rule != null) {
      List<ReadinessLevel> needed = levelsFor(rule);
      if (needed.isEmpty() && level.isPresent()) {
        throw Breaches.conflict(rule, "a capability pledge without readiness",
            "is narrowed to " + level.get());
      }
      levels = levels.stream().filter(needed::contains).toList();
      if (levels.isEmpty() && !needed.isEmpty()) {
        throw Breaches.conflict(rule, "a readiness level among " + needed,
            "is narrowed to " + level.orElseThrow());
      }
      if (rule.equals(Rules.SEO21_PLEDGE_CATEGORY)) {
        if (category.isPresent()) {
          throw Breaches.conflict(rule, "a pledge without category",
              "is narrowed to " + category.get());
        }
        if (to.isBefore(Conference.SEOUL_2021.date())) {
          throw Breaches.conflict(rule, "a pledge made on or after "
              + Conference.SEOUL_2021.date(), "draws pledges made up to " + to);
        }
        from = max(from, Conference.SEOUL_2021.date());
      }
      if (rule.equals(Rules.PCRS19_PLEDGE_CURRENCY)) {
        if (from.isAfter(STALE_PLEDGE)) {
          throw Breaches.conflict(rule, "a pledge made on or before " + STALE_PLEDGE,
              "draws pledges made from " + from);
        }
        to = min(to, STALE_PLEDGE);
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
    this.rule = rule;
    this.levels = levels;
  }

  static PledgeGenerator defaults() {
    return new PledgeGenerator(Optional.empty(), Optional.empty(), Optional.empty(), EARLIEST,
        Testkit.DEFAULT_DATE, Optional.empty(), null);
  }

  /**
   * Returns a generator of capability pledges registered at {@code level}.
   *
   * @param level the PCRS readiness level, not null
   * @return a new generator, never null
   */
  public PledgeGenerator atReadiness(ReadinessLevel level) {
    Objects.requireNonNull(level, "level");
    return new PledgeGenerator(
        Optional.of(level), category, contributor, from, to, conference, rule);
  }

  /**
   * Returns a generator of pledges that carry {@code category} (among others, perhaps). {@link
   * PledgeCategory#MILITARY_AND_POLICE_CAPABILITIES} makes every pledge a capability pledge.
   *
   * @param category the SEO21 pledge category, not null
   * @return a new generator, never null
   */
  public PledgeGenerator inCategory(PledgeCategory category) {
    Objects.requireNonNull(category, "category");
    return new PledgeGenerator(
        level, Optional.of(category), contributor, from, to, conference, rule);
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
    return new PledgeGenerator(
        level, category, Optional.of(contributor), from, to, conference, rule);
  }

  /**
   * Returns a generator of pledges made from {@code from} to {@code to}, both included.
   * Reconfirmation follows {@link Testkit#DEFAULT_DATE}: a pledge made after it is not
   * reconfirmed, one made more than twelve months before it was reconfirmed within the six months
   * before it.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or a conference chosen
   *     with {@link #atConference} falls outside the span
   */
  public PledgeGenerator madeBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return new PledgeGenerator(level, category, contributor, from, to, conference, rule);
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
    return new PledgeGenerator(
        level, category, contributor, from, to, Optional.of(conference), rule);
  }

  /**
   * Returns a generator of pledges that break rule {@code ruleId}, and no other rule: {@link
   * io.github.peacekeeping.validation.CommuniqueValidator} reports, under {@link
   * Testkit#contextFor(String) Testkit.contextFor(ruleId)}, at least one finding of that rule at
   * the rule's severity and no finding of another rule at {@code WARNING} or above. Each pledge
   * is a valid pledge of this generator changed in one respect, with QuickTheories primitives, so
   * it shrinks like a valid one. The rules and how pledges break them:
   *
   * <ul>
   *   <li>{@code LDN16-PCRS-REGISTERED}: a capability pledge without readiness;
   *   <li>{@code LDN16-RAPID-DEPLOYMENT-WINDOW}: a capability pledge whose readiness states a
   *       window other than 30, 60 or 90 days (from 1 to 180 days; below 60 days at the Rapid
   *       Deployment Level, so that PCRS19-RDL-WINDOW holds);
   *   <li>{@code PCRS19-RDL-WINDOW}: a pledge at the Rapid Deployment Level with a window of 90
   *       days (the only window LDN16 allows beyond PCRS19's 60 days);
   *   <li>{@code PCRS19-LEVEL-EVIDENCE}: a pledge at Level 2 or above without its AAV date, or
   *       at Level 3 or above without its SUR reference, or both;
   *   <li>{@code PCRS19-PLEDGE-CURRENCY}: a pledge made more than twelve months before {@link
   *       Testkit#DEFAULT_DATE} (on or before 22 November 2025) whose last confirmation is more
   *       than six months before it (reconfirmed on or before 22 May 2026, or not at all); it
   *       assumes the context's as-of date is {@link Testkit#DEFAULT_DATE} (any later date
   *       works too);
   *   <li>{@code LDN16-CAPABILITY-GAP}: a capability pledge none of whose units is of a type of
   *       {@link Testkit#CAPABILITY_GAPS}; it breaks the rule only under a context with those
   *       gaps, {@link Testkit#CAPABILITY_GAP_CONTEXT}, and draws no finding under {@link
   *       Testkit#DEFAULT_CONTEXT};
   *   <li>{@code IPI21-ARRANGEMENT-PARTIES}: a joint pledge that names one contributor (once or
   *       twice), a rotation among one contributor, a rotation of two contributors whose periods
   *       overlap, a triangular partnership whose provider is the contributor, or a donation
   *       without recipient;
   *   <li>{@code SEO21-PLEDGE-CATEGORY}: a pledge made on or after the Seoul 2021 ministerial
   *       (7 December 2021) without category.
   * </ul>
   *
   * <p>Narrowing before or after this call keeps to what the rule needs (the span, the levels),
   * or throws if it cannot. A later call of {@code violating} replaces the rule.
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown, is a rule on another subject
   *     (units, missions, registries…), or conflicts with this generator's narrowing (a level,
   *     category or span the rule cannot be broken in); the message names the rules this
   *     generator can break
   */
  public PledgeGenerator violating(String ruleId) {
    Breaches.require(ruleId, "PledgeGenerator", "a pledge", supportedRules());
    return new PledgeGenerator(level, category, contributor, from, to, conference, ruleId);
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts, in the order of {@link
   * Rules#all()}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<String> supportedRules() {
    return SUPPORTED;
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

  // The last day a pledge can be made on to be more than twelve months old on the default date.
  private static final LocalDate STALE_PLEDGE = Testkit.DEFAULT_DATE.minusMonths(12).minusDays(1);
  // The last day a confirmation can be on to be more than six months old on the default date.
  private static final LocalDate STALE_CONFIRMATION =
      Testkit.DEFAULT_DATE.minusMonths(6).minusDays(1);

  /** The levels a pledge breaking {@code rule} can be at; empty: no readiness at all. */
  private static List<ReadinessLevel> levelsFor(String rule) {
    return switch (rule) {
      case Rules.LDN16_PCRS_REGISTERED -> List.of();
      case Rules.PCRS19_RDL_WINDOW -> List.of(ReadinessLevel.RAPID_DEPLOYMENT);
      case Rules.PCRS19_LEVEL_EVIDENCE -> List.of(
          ReadinessLevel.LEVEL_2, ReadinessLevel.LEVEL_3, ReadinessLevel.RAPID_DEPLOYMENT);
      default -> List.of(ReadinessLevel.values());
    };
  }

  private boolean needsCapability() {
    return rule != null && !rule.equals(Rules.IPI21_ARRANGEMENT_PARTIES)
        && !rule.equals(Rules.SEO21_PLEDGE_CATEGORY)
        && !rule.equals(Rules.PCRS19_PLEDGE_CURRENCY);
  }

  private Pledge breach(RandomnessSource in, Pledge pledge) {
    Pledge.Builder broken = Pledge.builder().from(pledge);
    switch (rule) {
      case Rules.LDN16_PCRS_REGISTERED -> broken.readiness(Optional.empty());
      case Rules.LDN16_RAPID_DEPLOYMENT_WINDOW -> {
        Readiness readiness = pledge.readiness().orElseThrow();
        List<Integer> windows = readiness.level() == ReadinessLevel.RAPID_DEPLOYMENT
            ? Breaches.NON_LONDON_WINDOWS_WITHIN_60
            : Breaches.NON_LONDON_WINDOWS;
        broken.readiness(Readiness.builder().from(readiness)
            .rapidDeploymentDays(Gens.pick(in, windows)).build());
      }
      case Rules.PCRS19_RDL_WINDOW -> broken.readiness(Readiness.builder()
          .from(pledge.readiness().orElseThrow()).rapidDeploymentDays(90).build());
      case Rules.PCRS19_LEVEL_EVIDENCE -> {
        Readiness readiness = pledge.readiness().orElseThrow();
        // 0: no AAV date; 1: no SUR reference; 2: neither (SUR only from Level 3).
        int missing = readiness.level().isAtLeast(ReadinessLevel.LEVEL_3)
            ? Gens.between(in, 0, 2)
            : 0;
        Readiness.Builder evidence = Readiness.builder().from(readiness);
        if (missing != 1) {
          evidence.aavDate(Optional.empty());
        }
        if (missing != 0) {
          evidence.surReference(Optional.empty());
        }
        broken.readiness(evidence.build());
      }
      case Rules.PCRS19_PLEDGE_CURRENCY -> broken.reconfirmedOn(Gens.chance(in, 3)
          ? Optional.empty()
          : Optional.of(Gens.date(in, pledge.pledgedOn(), STALE_CONFIRMATION)));
      case Rules.LDN16_CAPABILITY_GAP -> {
        // The units were drawn outside the gaps already.
      }
      case Rules.IPI21_ARRANGEMENT_PARTIES ->
          broken.arrangement(brokenArrangement(in, pledge));
      case Rules.SEO21_PLEDGE_CATEGORY -> broken.categories(Set.of());
      default -> throw new IllegalStateException("no breach for " + rule);
    }
    return broken.build();
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
        ? Gens.date(in, max(at.get().date(), from), min(at.get().lastDate(), to))
        : Gens.date(in, from, to);
    Contributor primary = contributor.isPresent()
        ? contributor.get()
        : Contributors.memberStates().generate(in);
    Arrangement arrangement = arrangement(in, primary, pledgedOn);
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
      UnitGenerator offered = Units.units()
          .from(primary)
          .withStatuses(List.of(DeploymentStatus.OFFERED, DeploymentStatus.READY_TO_DEPLOY))
          .withoutRapidDeployment();
      if (Rules.LDN16_CAPABILITY_GAP.equals(rule)) {
        offered = offered.excluding(Testkit.CAPABILITY_GAPS);
      }
      List<Unit> units = Gens.listOf(in, offered, 1, 3);
      pledge.units(units);
      if (units.stream().anyMatch(u -> u.type().medical())) {
        categories.add(PledgeCategory.MEDICAL);
      }
      if (!levels.isEmpty()) {
        pledge.readiness(readiness(in, pledgedOn, units.get(0)));
      }
    } else {
      categories.add(Gens.pick(in, OTHER_CATEGORIES));
      int training = Gens.between(in, 0, 2);
      for (int i = 0; i < training; i++) {
        pledge.addTraining(TrainingOffer.of(Gens.pick(in, TRAINING),
            List.<Contributor>copyOf(Gens.listOf(in, Contributors.memberStates(), 0, 3))));
      }
    }
    if (arrangement instanceof Donation donation) {
      pledge.addEquipment(EquipmentOffer.of(Gens.pick(in, EQUIPMENT), Gens.between(in, 1, 16),
          donation.recipient().orElseThrow()));
    } else if (!capability && Gens.chance(in, 2)) {
      pledge.addEquipment(EquipmentOffer.of(Gens.pick(in, EQUIPMENT), Gens.between(in, 1, 20)));
    }
    for (PledgeCategory other : OTHER_CATEGORIES) {
      if (Gens.between(in, 0, 5) == 5) {
        categories.add(other);
      }
    }
    pledge.categories(categories);
    reconfirmation(in, pledgedOn).ifPresent(pledge::reconfirmedOn);
    pledge.id(primary.code() + "-" + pledgedOn.getYear() + "-"
        + String.format("%03d", Gens.between(in, 1, 999)));
    return pledge.build();
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
      RandomnessSource in, Contributor primary, LocalDate pledgedOn) {
    ArrangementKind kind = Gens.pick(in, ARRANGEMENTS);
    if (kind == ArrangementKind.SINGLE) {
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

  private Readiness readiness(RandomnessSource in, LocalDate pledgedOn, Unit unit) {
    ReadinessLevel chosen = levels.size() == 1 ? levels.get(0) : Gens.pick(in, levels);
    LocalDate registeredOn = pledgedOn.plusDays(Gens.between(in, 0, 60));
    Readiness.Builder readiness = Readiness.builder().level(chosen).registeredOn(registeredOn);
    if (chosen.isAtLeast(ReadinessLevel.LEVEL_2)) {
      readiness.aavDate(registeredOn.plusDays(Gens.between(in, 30, 365)));
    }
    if (chosen.isAtLeast(ReadinessLevel.LEVEL_3)) {
      readiness.surReference("SUR-" + unit.type().code() + "-" + registeredOn.getYear());
    }
    if (chosen == ReadinessLevel.RAPID_DEPLOYMENT) {
      readiness.rapidDeploymentDays(Gens.pick(in, List.of(60, 30)));
    }
    return readiness.build();
  }

  private static Optional<LocalDate> reconfirmation(RandomnessSource in, LocalDate pledgedOn) {
    LocalDate asOf = Testkit.DEFAULT_DATE;
    if (pledgedOn.isBefore(asOf.minusMonths(12))) {
      return Optional.of(Gens.date(in, asOf.minusMonths(6), asOf));
    }
    if (pledgedOn.isAfter(asOf) || Gens.chance(in, 2)) {
      return Optional.empty();
    }
    return Optional.of(Gens.date(in, pledgedOn, asOf));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
