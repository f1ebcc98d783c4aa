package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.internal.Tsv;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A UN field mission, a peacekeeping operation or a special political mission, identified by its
 * acronym.
 *
 * <p>{@link #of(CharSequence)} looks a mission up in the catalogue, which holds every UN
 * peacekeeping operation since UNTSO in 1948 and the special political missions that have reported
 * uniformed personnel in the UN's statistics, with their names, establishing resolutions and dates,
 * each fact with its source in the catalogue file. {@link #builder()} builds a mission the
 * catalogue does not hold. Two missions are equal when all their attributes are; they are ordered
 * by acronym.
 *
 * <p><b>Acronyms and their variants.</b> An acronym is written as the UN writes it, a numeral
 * included after a space: {@code "UNOSOM II"}, {@code "UNAVEM III"}, {@code "UNEF I"}. Lookups
 * ignore case, surrounding white space and the separator before the numeral, and read an arabic
 * numeral as the roman one: {@code "unosom 2"}, {@code "UNOSOM-II"} and {@code "UNOSOM2"} all find
 * UNOSOM II. They also resolve the catalogue's {@linkplain #aliases() aliases}, the French or
 * variant acronyms the UN's files and research data use ({@code "ONUCI"} for UNOCI). A family name
 * without its numeral ({@code "UNOSOM"}, {@code "UNAVEM"}) names several missions, so it resolves
 * to none: {@link #family(CharSequence)} returns them for the caller to choose, for instance the
 * one that {@linkplain #operatesOn(LocalDate) operated} on a record's date.
 *
 * <p><b>Predecessors and successors.</b> Where a mission took over from another, as UNAVEM II from
 * UNAVEM I or MONUSCO from MONUC, {@link #predecessor()} and {@link #successors()} link them
 * through the catalogue.
 *
 * <p>A mission operates from its {@linkplain #start() start} to the day its {@linkplain
 * #withdrawalCompleted() withdrawal was completed}, which may be later than the {@linkplain
 * #mandateEnd() end of its last mandate}: {@link #operatesOn(LocalDate)} tells. Personnel are
 * deployed, and counted, only while it operates.
 *
 * <p>The acronym is words of upper-case letters and digits separated by single spaces, the name is
 * not blank, the mandate does not end
 * before the mission starts, and the withdrawal is completed neither before the mandate ends nor
 * without a mandate end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Mission implements Comparable<Mission> {

  private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9]+(?: [A-Z0-9]+)*");

  // What lookups treat as the space between words: runs of white space, hyphens and underscores.
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

  // An arabic numeral ending an acronym, with or without a separator before it: "UNOSOM2".
  private static final Pattern ARABIC_NUMERAL = Pattern.compile("(.*[A-Z]) ?([1-9])");

  // A roman numeral after a space ending an acronym: "UNOSOM II" is the family UNOSOM.
  private static final Pattern ROMAN_NUMERAL =
      Pattern.compile("(.+) (?:I|II|III|IV|V|VI|VII|VIII|IX)");

  private static final List<String> ROMAN =
      List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX");

  Mission() {}

  /**
   * Returns the acronym, the mission's identifier.
   *
   * @return the acronym, such as {@code "UNMISS"} or {@code "UNOSOM II"}, words of upper-case
   *     letters and digits separated by single spaces, never null
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
   * Returns the resolution that established the mission: a {@link SecurityCouncilResolution} for
   * all but two catalogued missions, a {@link GeneralAssemblyResolution} for UNEF I and UNSF, which
   * the General Assembly established. Where the catalogue names a resolution that authorised or
   * confirmed a mission set up otherwise (UNGOMAP, deployed on the Council's agreement by an
   * exchange of letters), its notes say so.
   *
   * @return the resolution, never null
   */
  public abstract Resolution establishedBy();

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
   * Returns the catalogued mission with the given acronym or alias.
   *
   * @param acronym the acronym or alias, read as {@link #find(CharSequence)} reads it, not null
   * @return the mission, never null
   * @throws NullPointerException if {@code acronym} is null
   * @throws UnknownMissionException if no catalogued mission has that acronym or alias
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
   * Looks up the catalogued mission with the given acronym or alias. Case and surrounding white
   * space are ignored; runs of white space, hyphens and underscores count as one space; a final
   * arabic numeral from 1 to 9, with or without a separator before it, reads as the roman one
   * after a space ({@code "UNOSOM2"} as {@code "UNOSOM II"}). A roman numeral needs its space, as
   * {@code "UNAMI"} is not "UNAM I". A family name without its numeral finds nothing: see {@link
   * #family(CharSequence)}.
   *
   * @param acronym the acronym or alias, such as {@code "UNMISS"}, {@code "unosom 2"} or {@code
   *     "ONUCI"}, not null
   * @return the mission, or empty if the catalogue holds none with that acronym or alias; never
   *     null
   * @throws NullPointerException if {@code acronym} is null
   */
  public static Optional<Mission> find(CharSequence acronym) {
    Objects.requireNonNull(acronym, "acronym");
    return Optional.ofNullable(Catalogue.BY_KEY.get(key(acronym)));
  }

  /**
   * Returns the catalogued missions of a family: those whose acronym is the given name followed
   * by a numeral, such as UNAVEM I, UNAVEM II and UNAVEM III for {@code "UNAVEM"}. Research data
   * sometimes writes the family name for all of them; the caller chooses, for instance the member
   * that {@linkplain #operatesOn(LocalDate) operated} on a record's date (their lives do not
   * overlap by more than a hand-over).
   *
   * @param name the family name, read as {@link #find(CharSequence)} reads an acronym, not null
   * @return the members ordered by start, or an empty list if no catalogued acronym is that name
   *     and a numeral; unmodifiable, never null
   * @throws NullPointerException if {@code name} is null
   */
  public static List<Mission> family(CharSequence name) {
    Objects.requireNonNull(name, "name");
    return Catalogue.FAMILIES.getOrDefault(key(name), List.of());
  }

  /**
   * Returns the catalogue's other acronyms for this mission: French acronyms ({@code "ONUCI"} for
   * UNOCI) and the variants the UN's files and research data use. {@link #find(CharSequence)}
   * resolves each of them to this mission.
   *
   * @return the aliases in the catalogue's order, empty for a mission the catalogue does not hold;
   *     unmodifiable, never null
   */
  public List<String> aliases() {
    return catalogued() ? Catalogue.ALIASES.getOrDefault(acronym(), List.of()) : List.of();
  }

  /**
   * Returns the mission this one took over from, where it did: UNAVEM I for UNAVEM II, MONUC for
   * MONUSCO, UNSOM for UNTMIS.
   *
   * @return the catalogued predecessor, or empty if the mission took over from none or the
   *     catalogue does not hold it; never null
   */
  public Optional<Mission> predecessor() {
    return catalogued()
        ? Optional.ofNullable(Catalogue.PREDECESSORS.get(acronym()))
        : Optional.empty();
  }

  /**
   * Returns the missions that took over from this one: one in most cases (MONUSCO for MONUC), more
   * where a mission was divided, none for a mission that no other continued.
   *
   * @return the catalogued successors ordered by start, each naming this mission as its {@link
   *     #predecessor()}; unmodifiable, never null
   */
  public List<Mission> successors() {
    return catalogued() ? Catalogue.SUCCESSORS.getOrDefault(acronym(), List.of()) : List.of();
  }

  // Whether this is the catalogue's entry, not a built mission that shares an acronym with one.
  private boolean catalogued() {
    return equals(Catalogue.BY_ACRONYM.get(acronym()));
  }

  // The form lookups compare: upper case, single spaces, a final arabic numeral made roman.
  static String key(CharSequence text) {
    String key = SEPARATORS.matcher(text.toString().strip().toUpperCase(Locale.ROOT))
        .replaceAll(" ");
    Matcher arabic = ARABIC_NUMERAL.matcher(key);
    if (arabic.matches()) {
      key = arabic.group(1) + " " + ROMAN.get(Integer.parseInt(arabic.group(2)) - 1);
    }
    return key;
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
      throw InvalidAttributeException.of(
          "acronym", "must be upper-case letters and digits, in words separated by single spaces,"
              + " was '" + acronym() + "'");
    }
    if (name().isBlank()) {
      throw InvalidAttributeException.of("name", "must not be blank, was '" + name() + "'");
    }
    if (mandateEnd().isPresent() && mandateEnd().get().isBefore(start())) {
      throw InvalidAttributeException.of(
          "mandateEnd", "must not be before start " + start() + ", was " + mandateEnd().get());
    }
    if (withdrawalCompleted().isPresent()) {
      if (mandateEnd().isEmpty()) {
        throw InvalidAttributeException.of(
            "withdrawalCompleted", "requires a mandateEnd, was " + withdrawalCompleted().get()
                + " with no mandate end (mission " + acronym() + ")");
      }
      if (withdrawalCompleted().get().isBefore(mandateEnd().get())) {
        throw InvalidAttributeException.of(
            "withdrawalCompleted", "must not be before mandateEnd " + mandateEnd().get() + ", was "
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

  /**
   * The catalogue, loaded once from {@code missions.tsv} beside this class. It refuses an acronym
   * or alias that reads as another entry's, a predecessor it does not hold, and a mission that
   * starts before its predecessor.
   */
  private static final class Catalogue {
    static final Map<String, Mission> BY_ACRONYM;
    static final Map<String, Mission> BY_KEY;
    static final Map<String, List<String>> ALIASES;
    static final Map<String, Mission> PREDECESSORS;
    static final Map<String, List<Mission>> SUCCESSORS;
    static final Map<String, List<Mission>> FAMILIES;
    static final List<Mission> ALL;

    static {
      Map<String, Mission> byAcronym = new LinkedHashMap<>();
      Map<String, Mission> byKey = new LinkedHashMap<>();
      Map<String, List<String>> aliases = new LinkedHashMap<>();
      Map<String, String> predecessorOf = new LinkedHashMap<>();
      for (String[] row : Tsv.read(Mission.class, "missions.tsv")) {
        Mission mission = parseRow(row);
        if (byAcronym.put(mission.acronym(), mission) != null) {
          throw new IllegalStateException("missions.tsv: duplicate acronym " + mission.acronym());
        }
        List<String> names = new ArrayList<>();
        names.add(mission.acronym());
        for (String alias : row[9].split(",")) {
          if (!alias.isBlank()) {
            if (!ACRONYM.matcher(alias.strip()).matches()) {
              throw new IllegalStateException(
                  "missions.tsv: bad alias '" + alias + "' of " + mission.acronym());
            }
            names.add(alias.strip());
          }
        }
        for (String name : names) {
          Mission other = byKey.put(key(name), mission);
          if (other != null) {
            throw new IllegalStateException("missions.tsv: " + name + " of " + mission.acronym()
                + " reads as " + key(name) + ", already " + other.acronym());
          }
        }
        aliases.put(mission.acronym(), List.copyOf(names.subList(1, names.size())));
        if (!row[8].isBlank()) {
          predecessorOf.put(mission.acronym(), row[8].strip());
        }
      }
      Map<String, Mission> predecessors = new LinkedHashMap<>();
      Map<String, List<Mission>> successors = new LinkedHashMap<>();
      predecessorOf.forEach((acronym, predecessorAcronym) -> {
        Mission mission = byAcronym.get(acronym);
        Mission predecessor = byAcronym.get(predecessorAcronym);
        if (predecessor == null || predecessor.equals(mission)
            || mission.start().isBefore(predecessor.start())) {
          throw new IllegalStateException("missions.tsv: bad predecessor " + predecessorAcronym
              + " of " + acronym);
        }
        predecessors.put(acronym, predecessor);
        successors.computeIfAbsent(predecessorAcronym, k -> new ArrayList<>()).add(mission);
      });
      Map<String, List<Mission>> families = new LinkedHashMap<>();
      for (Mission mission : byAcronym.values()) {
        Matcher numbered = ROMAN_NUMERAL.matcher(mission.acronym());
        if (numbered.matches()) {
          families.computeIfAbsent(numbered.group(1), k -> new ArrayList<>()).add(mission);
        }
      }
      for (String family : families.keySet()) {
        if (byKey.containsKey(family)) {
          throw new IllegalStateException(
              "missions.tsv: family name " + family + " is also an acronym or alias");
        }
      }
      List<Mission> all = new ArrayList<>(byAcronym.values());
      Collections.sort(all);
      BY_ACRONYM = Map.copyOf(byAcronym);
      BY_KEY = Map.copyOf(byKey);
      ALIASES = Map.copyOf(aliases);
      PREDECESSORS = Map.copyOf(predecessors);
      SUCCESSORS = copyByStart(successors);
      FAMILIES = copyByStart(families);
      ALL = List.copyOf(all);
    }

    private static Map<String, List<Mission>> copyByStart(Map<String, List<Mission>> lists) {
      Map<String, List<Mission>> copy = new LinkedHashMap<>();
      lists.forEach((k, v) -> copy.put(k, v.stream()
          .sorted(Comparator.comparing(Mission::start).thenComparing(Mission::acronym))
          .toList()));
      return Map.copyOf(copy);
    }

    private static Mission parseRow(String[] row) {
      if (row.length < 11) {
        throw new IllegalStateException(
            "missions.tsv: expected 11 columns, was " + String.join("\t", row));
      }
      try {
        Builder builder = builder()
            .acronym(row[0])
            .kind(MissionKind.valueOf(row[1]))
            .establishedBy(Resolution.parse(row[2]))
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
