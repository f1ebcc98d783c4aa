package io.github.peacekeeping.core.contributor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An international organisation that contributes to, or partners with, UN peacekeeping, such as the
 * European Union or the African Union.
 *
 * <p>Organisations are identified by an acronym that is never three letters long, so it never
 * collides with a Member State's ISO 3166-1 alpha-3 code. There is exactly one instance per
 * organisation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InternationalOrganisation implements Contributor {

  /** The European Union. */
  public static final InternationalOrganisation EU =
      new InternationalOrganisation("EU", "European Union");

  /** The African Union. */
  public static final InternationalOrganisation AU =
      new InternationalOrganisation("AU", "African Union");

  /** The North Atlantic Treaty Organization. */
  public static final InternationalOrganisation NATO =
      new InternationalOrganisation("NATO", "North Atlantic Treaty Organization");

  private static final List<InternationalOrganisation> ALL = List.of(AU, EU, NATO);

  private final String code;
  private final String name;

  private InternationalOrganisation(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Returns the organisation with the given acronym.
   *
   * @param code the acronym, ignoring case, such as {@code "EU"}, not null
   * @return the organisation, never null
   * @throws NullPointerException if {@code code} is null
   * @throws UnknownContributorException if no organisation has that acronym
   */
  public static InternationalOrganisation of(CharSequence code) {
    return find(code).orElseThrow(() -> UnknownContributorException.forCode(code));
  }

  /**
   * Returns the organisation with the given acronym; the inverse of {@link #toString()}.
   *
   * @param code the acronym, not null
   * @return the organisation, never null
   * @throws NullPointerException if {@code code} is null
   * @throws UnknownContributorException if no organisation has that acronym
   */
  public static InternationalOrganisation parse(CharSequence code) {
    return of(code);
  }

  static Optional<InternationalOrganisation> find(CharSequence code) {
    Objects.requireNonNull(code, "code");
    String upper = code.toString().strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(o -> o.code.equals(upper)).findFirst();
  }

  /**
   * Looks up the organisation with the given name or acronym, ignoring case, punctuation and a
   * leading "the".
   *
   * @param name the name, such as {@code "the African Union"}, not null
   * @return the organisation, or empty if none is known by that name; never null
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<InternationalOrganisation> findByName(CharSequence name) {
    Objects.requireNonNull(name, "name");
    String normalised = Names.normalise(name);
    return ALL.stream()
        .filter(o -> Names.normalise(o.name).equals(normalised)
            || Names.normalise(o.code).equals(normalised))
        .findFirst();
  }

  /**
   * Returns every organisation in the catalogue, ordered by acronym.
   *
   * @return an unmodifiable list, never null
   */
  public static List<InternationalOrganisation> all() {
    return ALL;
  }

  /**
   * Returns the organisation's acronym.
   *
   * @return the acronym, such as {@code "EU"}, never null
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the organisation's name in English.
   *
   * @return the name, such as {@code "European Union"}, never null
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the acronym; {@link #parse(CharSequence)} reads it back.
   *
   * @return the acronym, never null
   */
  @Override
  public String toString() {
    return code;
  }
}
