package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Short descriptions of generated values, for counterexamples a person can read.
 *
 * <p>A value's {@code toString()} prints every attribute, about 500 characters for a unit and
 * 1,200 for a pledge. A description names the type and the identifier, then the attributes the
 * rules read, and leaves out what holds by default: a unit's description mentions its training
 * only if incomplete, its equipment only if not at standard, its vetting only if missing or
 * dated. For example:
 *
 * <pre>{@code
 * unit AFG-MILITARY_POLICE_UNIT-1: MILITARY_POLICE_UNIT of AFG, OFFERED, 101 (1 women),
 *     NATIONAL_INVESTIGATION_OFFICER 1, GENDER_ADVISER 1, trained 2024-11-23
 * pledge AFG-2015-001: SINGLE by AFG, made 2015-09-28, categories
 *     [TRAINING_AND_CAPACITY_BUILDING], 0 unit(s), 0 (0 women)
 * }</pre>
 *
 * <p>The testkit's generators describe their values so ({@code Gen.asString}), and
 * QuickTheories' failure message shows a description rather than the {@code toString()}; its
 * {@code lists()} print their elements' {@code toString()}, so use {@link #of(Object)} with {@code
 * describedAs} for a list, one element a line, and for values of other generators: {@code qt().forAll(lists().of(Pledges.pledges()).ofSizeBetween(0, 20))
 * .describedAs(Descriptions::of)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Descriptions {

  private Descriptions() {}

  /**
   * Returns a one-line description of {@code unit}: id, type, contributor, status and mission,
   * headcount, the roles, platoons and teams that rules count, and what departs from the
   * defaults (training, vetting, equipment, undeclared caveats, rapid-deployment window, night
   * flying of a helicopter unit).
   *
   * @param unit the unit, not null
   * @return the description, never null
   * @throws NullPointerException if {@code unit} is null
   */
  public static String of(Unit unit) {
    Objects.requireNonNull(unit, "unit");
    List<String> parts = new ArrayList<>();
    parts.add(unit.type().code() + " of " + unit.contributor() + ", " + unit.status()
        + unit.mission().map(m -> " in " + m).orElse(""));
    parts.add(unit.personnel().total() + " (" + unit.personnel().women() + " women)");
    for (Map.Entry<UnitRole, io.github.peacekeeping.core.personnel.PersonnelCount> role
        : unit.roles().entrySet()) {
      parts.add(role.getKey() + " " + role.getValue().total());
    }
    if (!unit.platoons().isEmpty()) {
      parts.add("platoons " + unit.platoons().size() + " ("
          + unit.platoons().stream().filter(p -> p.isAllWomen()).count() + " all-women)");
    }
    if (!unit.engagementTeams().isEmpty()) {
      parts.add("engagement teams' women " + unit.engagementTeams().stream()
          .map(t -> String.valueOf(t.personnel().women())).collect(Collectors.joining("/")));
    }
    parts.add(training(unit.training().orElse(null)));
    if (!unit.vetted()) {
      parts.add("not vetted");
    } else if (unit.vettedOn().isPresent()) {
      parts.add("vetted " + unit.vettedOn().get());
    }
    if (unit.equipment() != io.github.peacekeeping.core.unit.EquipmentStatus.AT_STANDARD) {
      parts.add("equipment " + unit.equipment());
    }
    long undeclared = unit.caveats().stream().filter(c -> !c.declared()).count();
    if (!unit.caveats().isEmpty()) {
      parts.add("caveats " + unit.caveats().size()
          + (undeclared > 0 ? " (" + undeclared + " undeclared)" : ""));
    }
    unit.rapidDeploymentDays().ifPresent(days -> parts.add("rapid deployment " + days + " days"));
    if (unit.type().helicopter() && !unit.nightFlyingCapable()) {
      parts.add("no night flying");
    }
    return "unit " + unit.id() + ": " + String.join(", ", parts);
  }

  private static String training(@Nullable PredeploymentTraining training) {
    if (training == null) {
      return "no training";
    }
    List<String> missing = new ArrayList<>();
    if (!training.unMinimumStandards()) {
      missing.add("UN standards");
    }
    if (!training.conflictRelatedSexualViolence()) {
      missing.add("CRSV");
    }
    if (!training.sexualExploitationAndAbuse()) {
      missing.add("SEA");
    }
    if (!training.genderSensitive()) {
      missing.add("gender");
    }
    String on = training.completedOn().map(day -> " " + day).orElse("");
    return missing.isEmpty() ? "trained" + on : "trained" + on + " without " + missing;
  }

  /**
   * Returns a description of {@code pledge}: id, arrangement and contributors, the day and
   * conference, categories, the readiness history (each step with its AAV, SUR and
   * rapid-deployment commitment), reconfirmations, the total headcount and, on the lines after,
   * the description of each unit.
   *
   * @param pledge the pledge, not null
   * @return the description, never null; one line per unit after the first
   * @throws NullPointerException if {@code pledge} is null
   */
  public static String of(Pledge pledge) {
    Objects.requireNonNull(pledge, "pledge");
    StringBuilder text = new StringBuilder("pledge ").append(pledge.id()).append(": ")
        .append(pledge.arrangement().kind()).append(" by ")
        .append(pledge.contributors().stream().map(Object::toString)
            .collect(Collectors.joining("+")))
        .append(", made ").append(pledge.pledgedOn())
        .append(pledge.conference().map(c -> " at " + c).orElse(""))
        .append(", categories ").append(pledge.categories());
    pledge.readiness().ifPresent(readiness -> text.append(", readiness ")
        .append(readiness.steps().stream().map(Descriptions::step).toList()));
    if (!pledge.reconfirmations().isEmpty()) {
      text.append(", reconfirmed ").append(pledge.reconfirmations());
    }
    if (!pledge.training().isEmpty()) {
      text.append(", training offers ").append(pledge.training().size());
    }
    if (!pledge.equipment().isEmpty()) {
      text.append(", equipment offers ").append(pledge.equipment().size());
    }
    text.append(", ").append(pledge.units().size()).append(" unit(s), ")
        .append(pledge.personnel().total()).append(" (")
        .append(pledge.personnel().women()).append(" women)");
    for (Unit unit : pledge.units()) {
      text.append("\n  ").append(of(unit));
    }
    return text.toString();
  }

  private static String step(ReadinessStep step) {
    List<String> evidence = new ArrayList<>();
    step.aav().ifPresent(aav -> evidence.add(aav(aav)));
    step.sur().ifPresent(sur -> evidence.add("SUR " + sur.kind() + " " + sur.alignedOn()));
    step.rapidDeployment().ifPresent(rd -> evidence.add(rd.days() + " days"));
    return step + (evidence.isEmpty() ? "" : " (" + String.join(", ", evidence) + ")");
  }

  private static String aav(AssessmentVisit aav) {
    return (aav.successful() ? "AAV " : "failed AAV ") + aav.date();
  }

  /**
   * Returns a description of {@code profile}: mission, day, the mandates (period, tasks,
   * ceilings), capabilities and deployed personnel.
   *
   * @param profile the mission profile, not null
   * @return the description, never null; one line per mandate after the first
   * @throws NullPointerException if {@code profile} is null
   */
  public static String of(MissionProfile profile) {
    Objects.requireNonNull(profile, "profile");
    StringBuilder text = new StringBuilder("mission profile ").append(profile.mission())
        .append(" on ").append(profile.asOf())
        .append(", capabilities ").append(profile.capabilities())
        .append(", deployed ").append(profile.deployed().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().total()).toList());
    Mandate inForce = profile.mandateInForce().orElse(null);
    for (Mandate mandate : profile.mandates()) {
      text.append("\n  ").append(mandate == inForce ? "in force " : "mandate ")
          .append(mandate.period()).append(" by ").append(mandate.authorisedBy())
          .append(", tasks ").append(mandate.tasks().stream().map(t -> t.kind().name()).toList())
          .append(", ceilings ").append(mandate.ceilings());
    }
    return text.toString();
  }

  /**
   * Returns a description of {@code value}: {@link #of(Unit)}, {@link #of(Pledge)} or {@link
   * #of(MissionProfile)} for those types, the numbered descriptions of the elements of a
   * collection (its size first), else {@code String.valueOf(value)}. Made for QuickTheories'
   * {@code describedAs(Descriptions::of)}.
   *
   * @param value the value, may be null
   * @return the description, never null ({@code "null"} for null)
   */
  public static String of(@Nullable Object value) {
    if (value instanceof Unit unit) {
      return of(unit);
    }
    if (value instanceof Pledge pledge) {
      return of(pledge);
    }
    if (value instanceof MissionProfile profile) {
      return of(profile);
    }
    if (value instanceof Collection<?> values) {
      StringBuilder text = new StringBuilder().append(values.size()).append(" element(s)");
      int index = 0;
      for (Object element : values) {
        text.append("\n[").append(index++).append("] ").append(of(element));
      }
      return text.toString();
    }
    return String.valueOf(value);
  }
}
