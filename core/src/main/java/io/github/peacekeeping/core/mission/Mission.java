package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.internal.Tsv;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A UN field mission, a peacekeeping operation or a special political mission, identified by its
 * acronym.
 *
 * <p>{@link #of(CharSequence)} looks a mission up in the catalogue, which holds every mission in
 * the UN's 2009&ndash;2014 contributions-by-gender statistics, every peacekeeping operation active
 * in 2026 and some recently closed ones, with their names, establishing resolutions and dates.
 * {@link #builder()} builds a mission the catalogue does not hold. Two missions are equal when all
 * their attributes are; they are ordered by acronym.
 *
 * <p>A mission operates from its {@linkplain #start() start} to the day its {@linkplain
 * #withdrawalCompleted() withdrawal was completed}, which may be later than the {@linkplain
 * #mandateEnd() end of its last mandate}: {@link #operatesOn(LocalDate)} tells. Personnel are
 * deployed, and counted, only while it operates.
 *
 * <p>The acronym is upper-case letters and digits, the name is not blank, the mandate does not end
 * before the mission starts, and the withdrawal is completed neither before the mandate ends nor
 * without a mandate end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Mission implements Comparable<Mission> {

  private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9]+");

  Mission() {}

  /**
   * Returns the acronym, the mission's identifier.
   *
   * @return the acronym, such as {@code "UNMISS"}, upper-case letters and digits, never null
   */
  public abstract String acronym();

  /**
   * Returns the full name, in English.
   *
   * @return the name, such as {@code "United Nations Mission in the Republic of South Sudan"},
   *     never null or blank
   */
  public abstract String name();

  /**
   * Returns whether the mission is a peacekeeping operation or a special political mission.
   *
   * @return the kind, never null
   */
  public abstract MissionKind kind();

  /**
   * Returns where the mission operates, as the UN names it in the mission's title or fact sheet.
   *
   * @return the location, such as {@code "South Sudan"}, {@code "Golan"} or {@code "Western
   *     Sahara"}, never null
   */
  public abstract String location();

  /**
   * Returns the Security Council resolution that established the mission.
   *
   * @return the resolution, never null
   */
  public abstract SecurityCouncilResolution establishedBy();

  /**
   * Returns the day the mission started. In the catalogue this is the day the establishing
   * resolution was adopted, unless the resolution set a later day for the mission to begin.
   *
   * @return the start date, never null
   */
  public abstract LocalDate start();

  /**
   * Returns the last day of the mission's last mandate, if the Council has ended it or fixed its
   * end.
   *
   * @return the day, or empty while the mission's mandate has no fixed end; never null
   */
  public abstract Optional<LocalDate> mandateEnd();

  /**
   * Returns the day the mission's withdrawal was completed, if it was and the day is known: the
   * mission's last day of operation. Empty for a mission whose mandate has ended but whose day of
   * completed withdrawal is not recorded: it is then taken to operate until {@link #mandateEnd()}.
   *
   * @return the day, on or after {@link #mandateEnd()}, or empty; never null
   */
  public abstract Optional<LocalDate> withdrawalCompleted();

  /**
   * Returns the mission's last day of operation: the day its withdrawal was completed or, where
   * that is not recorded, the end of its last mandate.
   *
   * @return the day, or empty while the mission has no fixed end; never null
   */
  public Optional<LocalDate> lastDay() {
    return withdrawalCompleted().or(this::mandateEnd);
  }

  /**
   * Returns a builder for a mission the catalogue does not hold.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the catalogued mission with the given acronym.
   *
   * @param acronym the acronym, ignoring case and surrounding white space, not null
   * @return the mission, never null
   * @throws NullPointerException if {@code acronym} is null
   * @throws UnknownMissionException if no catalogued mission has that acronym
   */
  public static Mission of(CharSequence acronym) {
    return find(acronym).orElseThrow(() -> new UnknownMissionException(acronym));
  }

  /**
   * Returns the catalogued mission with the given acronym; the inverse of {@link #toString()}.
   *
   * @param acronym the acronym, not null
   * @return the mission, never null
   * @throws NullPointerException if {@code acronym} is null
   * @throws UnknownMissionException if no catalogued mission has that acronym
   */
  public static Mission parse(CharSequence acronym) {
    return of(acronym);
  }

  /**
   * Looks up the catalogued mission with the given acronym.
   *
   * @param acronym the acronym, ignoring case and surrounding white space, not null
   * @return the mission, or empty if the catalogue holds none with that acronym; never null
   * @throws NullPointerException if {@code acronym} is null
   */
  public static Optional<Mission> find(CharSequence acronym) {
    Objects.requireNonNull(acronym, "acronym");
    return Optional.ofNullable(
        Catalogue.BY_ACRONYM.get(acronym.toString().strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns every catalogued mission, ordered by acronym.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Mission> all() {
    return Catalogue.ALL;
  }

  @Value.Check
  void check() {
    if (!ACRONYM.matcher(acronym()).matches()) {
      throw new IllegalArgumentException(
          "acronym: must be upper-case letters and digits, was '" + acronym() + "'");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("name: must not be blank, was '" + name() + "'");
    }
    if (mandateEnd().isPresent() && mandateEnd().get().isBefore(start())) {
      throw new IllegalArgumentException(
          "mandateEnd: must not be before start " + start() + ", was " + mandateEnd().get());
    }
    if (withdrawalCompleted().isPresent()) {
      if (mandateEnd().isEmpty()) {
        throw new IllegalArgumentException(
            "withdrawalCompleted: requires a mandateEnd, was " + withdrawalCompleted().get()
                + " with no mandate end (mission " + acronym() + ")");
      }
      if (withdrawalCompleted().get().isBefore(mandateEnd().get())) {
        throw new IllegalArgumentException(
            "withdrawalCompleted: must not be before mandateEnd " + mandateEnd().get() + ", was "
                + withdrawalCompleted().get());
      }
    }
  }

  /**
   * Tells whether the mission operated on the given day: from its start to its {@linkplain
   * #lastDay() last day}, both included.
   *
   * @param date the day, not null
   * @return true if {@code date} is neither before {@link #start()} nor after {@link #lastDay()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean operatesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && lastDay().map(last -> !date.isAfter(last)).orElse(true);
  }

  /**
   * Orders missions by acronym.
   *
   * @param other the mission to compare with, not null
   * @return a negative number, zero or a positive number as this acronym sorts before, equal or
   *     after
   */
  @Override
  public int compareTo(Mission other) {
    return acronym().compareTo(other.acronym());
  }

  /**
   * Returns the acronym; {@link #parse(CharSequence)} reads a catalogued mission back.
   *
   * @return the acronym, never null
   */
  @Override
  public String toString() {
    return acronym();
  }

  /**
   * Builds a {@link Mission}. Every attribute but {@code mandateEnd} and {@code
   * withdrawalCompleted} is required; {@code build()} throws
   * {@link IllegalStateException} naming a missing one and {@link IllegalArgumentException} when
   * an invariant fails.
   */
  public static final class Builder extends ImmutableMission.Builder {
    Builder() {}
  }

  /** The catalogue, loaded once from {@code missions.tsv} beside this class. */
  private static final class Catalogue {
    static final Map<String, Mission> BY_ACRONYM;
    static final List<Mission> ALL;

    static {
      Map<String, Mission> byAcronym = new LinkedHashMap<>();
      for (String[] row : Tsv.read(Mission.class, "missions.tsv")) {
        Mission mission = parseRow(row);
        if (byAcronym.put(mission.acronym(), mission) != null) {
          throw new IllegalStateException("missions.tsv: duplicate acronym " + mission.acronym());
        }
      }
      List<Mission> all = new ArrayList<>(byAcronym.values());
      Collections.sort(all);
      BY_ACRONYM = Map.copyOf(byAcronym);
      ALL = List.copyOf(all);
    }

    private static Mission parseRow(String[] row) {
      if (row.length < 8) {
        throw new IllegalStateException(
            "missions.tsv: expected at least 8 columns, was " + String.join("\t", row));
      }
      try {
        Builder builder = builder()
            .acronym(row[0])
            .kind(MissionKind.valueOf(row[1]))
            .establishedBy(SecurityCouncilResolution.parse(row[2]))
            .start(LocalDate.parse(row[3]))
            .location(row[6])
            .name(row[7]);
        if (!row[4].isBlank()) {
          builder.mandateEnd(LocalDate.parse(row[4]));
        }
        if (!row[5].isBlank()) {
          builder.withdrawalCompleted(LocalDate.parse(row[5]));
        }
        return builder.build();
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalStateException("missions.tsv: bad row " + String.join("\t", row), e);
      }
    }
  }
}
