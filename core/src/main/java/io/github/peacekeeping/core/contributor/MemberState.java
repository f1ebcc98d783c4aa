package io.github.peacekeeping.core.contributor;

import io.github.peacekeeping.core.internal.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A UN Member State, identified by its ISO 3166-1 alpha-3 code.
 *
 * <p>The catalogue holds the 193 Member States. {@link #of(CharSequence)} takes a code; {@link
 * #fromName(CharSequence)} resolves the names the UN and the communiqués use, including former and
 * short names ("the former Yugoslav Republic of Macedonia", "Russia", "Tanzania", "Vietnam", "the
 * United States"). There is exactly one instance per state, so states can be compared with {@code
 * ==} as well as {@code equals}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberState implements Contributor, Comparable<MemberState> {

  private final String code;
  private final String name;
  private final List<String> otherNames;

  private MemberState(String code, String name, List<String> otherNames) {
    this.code = code;
    this.name = name;
    this.otherNames = otherNames;
  }

  /**
   * Returns the Member State with the given ISO 3166-1 alpha-3 code.
   *
   * @param code the code, ignoring case and surrounding white space, such as {@code "KOR"}, not null
   * @return the state, never null
   * @throws NullPointerException if {@code code} is null
   * @throws UnknownContributorException if no Member State has that code
   */
  public static MemberState of(CharSequence code) {
    Objects.requireNonNull(code, "code");
    MemberState state = Catalogue.BY_CODE.get(code.toString().strip().toUpperCase(Locale.ROOT));
    if (state == null) {
      throw UnknownContributorException.forCode(code);
    }
    return state;
  }

  /**
   * Returns the Member State with the given code; the inverse of {@link #toString()}.
   *
   * @param code the ISO 3166-1 alpha-3 code, not null
   * @return the state, never null
   * @throws NullPointerException if {@code code} is null
   * @throws UnknownContributorException if no Member State has that code
   */
  public static MemberState parse(CharSequence code) {
    return of(code);
  }

  /**
   * Returns the Member State known by the given name, in any form the UN and the communiqués use.
   * Case, diacritics, punctuation and a leading "the" are ignored; nothing else is guessed.
   *
   * @param name the name, such as {@code "Korea, Republic of"}, not null
   * @return the state, never null
   * @throws NullPointerException if {@code name} is null
   * @throws UnknownContributorException if no Member State is known by that name
   */
  public static MemberState fromName(CharSequence name) {
    return findByName(name).orElseThrow(() -> UnknownContributorException.forName(name));
  }

  /**
   * Looks up the Member State known by the given name, as {@link #fromName(CharSequence)} does.
   *
   * @param name the name, not null
   * @return the state, or empty if none is known by that name; never null
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<MemberState> findByName(CharSequence name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(Catalogue.BY_NAME.get(Names.normalise(name)));
  }

  /**
   * Returns every Member State, ordered by code.
   *
   * @return an unmodifiable list of the 193 Member States, never null
   */
  public static List<MemberState> all() {
    return Catalogue.ALL;
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code.
   *
   * @return the code, such as {@code "KOR"}, never null
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the short name the UN uses.
   *
   * @return the name, such as {@code "Republic of Korea"}, never null
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the other names this state is resolved from: UN and ISO forms, short and former names.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<String> otherNames() {
    return otherNames;
  }

  /**
   * Orders states by code.
   *
   * @param other the state to compare with, not null
   * @return a negative number, zero or a positive number as this code sorts before, equal or after
   */
  @Override
  public int compareTo(MemberState other) {
    return code.compareTo(other.code);
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code; {@link #parse(CharSequence)} reads it back.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }

  /** The catalogue, loaded once from {@code member-states.tsv} beside this class. */
  private static final class Catalogue {
    static final Map<String, MemberState> BY_CODE;
    static final Map<String, MemberState> BY_NAME;
    static final List<MemberState> ALL;

    static {
      Map<String, MemberState> byCode = new LinkedHashMap<>();
      Map<String, MemberState> byName = new HashMap<>();
      for (String[] row : Tsv.read(MemberState.class, "member-states.tsv")) {
        List<String> others = row.length > 2 && !row[2].isBlank()
            ? List.of(row[2].split("\\|"))
            : List.of();
        MemberState state = new MemberState(row[0], row[1], others);
        if (byCode.put(state.code, state) != null) {
          throw new IllegalStateException("member-states.tsv: duplicate code " + state.code);
        }
        register(byName, row[1], state);
        for (String other : others) {
          register(byName, other, state);
        }
      }
      List<MemberState> all = new ArrayList<>(byCode.values());
      Collections.sort(all);
      BY_CODE = Map.copyOf(byCode);
      BY_NAME = Map.copyOf(byName);
      ALL = List.copyOf(all);
    }

    private static void register(Map<String, MemberState> byName, String name, MemberState state) {
      MemberState previous = byName.put(Names.normalise(name), state);
      if (previous != null && previous != state) {
        throw new IllegalStateException(
            "member-states.tsv: the name '" + name + "' is given to both "
                + previous.code + " and " + state.code);
      }
    }
  }
}
