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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
  // Applied to each pledge after it is generated; the place where a rule can later be broken on
  // purpose without touching the valid generation above it.
  private final UnaryOperator<Gen<Pledge>> transform;

  private PledgeGenerator(
      Optional<ReadinessLevel> level,
      Optional<PledgeCategory> category,
      Optional<Contributor> contributor,
      LocalDate from,
      LocalDate to,
      Optional<Conference> conference,
      UnaryOperator<Gen<Pledge>> transform) {
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
    this.transform = transform;
  }

  static PledgeGenerator defaults() {
    return new PledgeGenerator(Optional.empty(), Optional.empty(), Optional.empty(), EARLIEST,
        Testkit.DEFAULT_DATE, Optional.empty(), UnaryOperator.identity());
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
        Optional.of(level), category, contributor, from, to, conference, transform);
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
        level, Optional.of(category), contributor, from, to, conference, transform);
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
        level, category, Optional.of(contributor), from, to, conference, transform);
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
    return new PledgeGenerator(level, category, contributor, from, to, conference, transform);
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
        level, category, contributor, from, to, Optional.of(conference), transform);
  }

  @Override
  public Pledge generate(RandomnessSource in) {
    return transform.apply(this::valid).generate(in);
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
      List<Unit> units = Gens.listOf(in, Units.units()
          .from(primary)
          .withStatuses(List.of(DeploymentStatus.OFFERED, DeploymentStatus.READY_TO_DEPLOY))
          .withoutRapidDeployment(), 1, 3);
      pledge.units(units);
      if (units.stream().anyMatch(u -> u.type().medical())) {
        categories.add(PledgeCategory.MEDICAL);
      }
      pledge.readiness(readiness(in, pledgedOn, units.get(0)));
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
    ReadinessLevel chosen = level.isPresent()
        ? level.get()
        : Gens.pick(in, List.of(ReadinessLevel.values()));
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
