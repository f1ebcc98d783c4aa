package io.github.peacekeeping.core.contributor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An international organisation that contributes to, or partners with, UN peacekeeping, such as the
 * European Union or the African Union: the regional and security organisations the UN works with
 * in peacekeeping.
 *
 * <p>Organisations are identified by an acronym that is never three letters long, so it never
 * collides with a Member State's ISO 3166-1 alpha-3 code. There is exactly one instance per
 * organisation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InternationalOrganisation implements Contributor {

  /** The Association of Southeast Asian Nations. */
  public static final InternationalOrganisation ASEAN =
      new InternationalOrganisation("ASEAN", "Association of Southeast Asian Nations");

  /** The African Union. */
  public static final InternationalOrganisation AU =
      new InternationalOrganisation("AU", "African Union");

  /** The Collective Security Treaty Organization. */
  public static final InternationalOrganisation CSTO =
      new InternationalOrganisation(
          "CSTO",
          "Collective Security Treaty Organization",
          "Collective Security Treaty Organisation");

  /** The Economic Community of West African States. */
  public static final InternationalOrganisation ECOWAS =
      new InternationalOrganisation("ECOWAS", "Economic Community of West African States");

  /** The European Union. */
  public static final InternationalOrganisation EU =
      new InternationalOrganisation("EU", "European Union");

  /** The Intergovernmental Authority on Development, in East Africa. */
  public static final InternationalOrganisation IGAD =
      new InternationalOrganisation("IGAD", "Intergovernmental Authority on Development");

  /** The North Atlantic Treaty Organization. */
  public static final InternationalOrganisation NATO =
      new InternationalOrganisation(
          "NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation");

  /** The Organization for Security and Co-operation in Europe. */
  public static final InternationalOrganisation OSCE =
      new InternationalOrganisation(
          "OSCE",
          "Organization for Security and Co-operation in Europe",
          "Organisation for Security and Co-operation in Europe");

  /** The Southern African Development Community. */
  public static final InternationalOrganisation SADC =
      new InternationalOrganisation("SADC", "Southern African Development Community");

  private static final List<InternationalOrganisation> ALL =
      List.of(ASEAN, AU, CSTO, ECOWAS, EU, IGAD, NATO, OSCE, SADC);

  static {
    // A three-letter acronym could shadow an ISO 3166-1 alpha-3 code in Contributor.parse.
    for (InternationalOrganisation organisation : ALL) {
      if (organisation.code.length() == 3) {
        throw new IllegalStateException(
            "code: an organisation's acronym must not be three letters long, was "
                + organisation.code);
      }
    }
  }

  private final String code;
  private final String name;
  private final List<String> otherNames;

  private InternationalOrganisation(String code, String name, String... otherNames) {
    this.code = code;
    this.name = name;
    this.otherNames = List.of(otherNames);
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
    return ALL.stream().filter(o -> o.isKnownAs(normalised)).findFirst();
  }

  private boolean isKnownAs(String normalisedName) {
    if (Names.normalise(code).equals(normalisedName)
        || Names.normalise(name).equals(normalisedName)) {
      return true;
    }
    return otherNames.stream().anyMatch(other -> Names.normalise(other).equals(normalisedName));
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
   * Returns the other names this organisation is resolved from, such as British spellings.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<String> otherNames() {
    return otherNames;
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
