package io.github.peacekeeping.core.mission;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A UN field mission, identified by its acronym. SKELETON: the catalogue is completed separately.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mission implements Comparable<Mission> {

  private static final List<Mission> ALL =
      List.of(new Mission("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
          new Mission("UNMISS", "United Nations Mission in the Republic of South Sudan"));

  private final String acronym;
  private final String name;

  private Mission(String acronym, String name) {
    this.acronym = acronym;
    this.name = name;
  }

  /**
   * Returns the mission with the given acronym.
   *
   * @param acronym the acronym, ignoring case, not null
   * @return the mission, never null
   * @throws NullPointerException if {@code acronym} is null
   * @throws IllegalArgumentException if no mission has that acronym
   */
  public static Mission of(CharSequence acronym) {
    return find(acronym).orElseThrow(() -> new IllegalArgumentException(
        "acronym: no mission has the acronym '" + acronym + "'"));
  }

  /**
   * Looks up the mission with the given acronym.
   *
   * @param acronym the acronym, ignoring case, not null
   * @return the mission, or empty; never null
   */
  public static Optional<Mission> find(CharSequence acronym) {
    Objects.requireNonNull(acronym, "acronym");
    String upper = acronym.toString().strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(m -> m.acronym.equals(upper)).findFirst();
  }

  /**
   * Returns the acronym.
   *
   * @return the acronym, never null
   */
  public String acronym() {
    return acronym;
  }

  /**
   * Returns the full name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Mission other) {
    return acronym.compareTo(other.acronym);
  }

  @Override
  public String toString() {
    return acronym;
  }
}
