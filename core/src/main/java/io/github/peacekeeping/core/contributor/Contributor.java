package io.github.peacekeeping.core.contributor;

import java.util.Objects;
import java.util.Optional;

/**
 * A contributor to UN peacekeeping: a {@link MemberState} or an {@link InternationalOrganisation}.
 *
 * <p>Every contributor has a unique code: the ISO 3166-1 alpha-3 code of a state ({@code "KOR"}),
 * or the acronym of an organisation ({@code "EU"}); no organisation's code is three letters long,
 * so the two never collide. {@code toString()} returns the code and {@link #parse(CharSequence)}
 * reads it back.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Contributor permits MemberState, InternationalOrganisation {

  /**
   * Returns the contributor's unique code.
   *
   * @return the ISO 3166-1 alpha-3 code of a state or the acronym of an organisation, never null
   */
  String code();

  /**
   * Returns the contributor's short name in English, as the UN writes it.
   *
   * @return the name, such as {@code "Republic of Korea"}, never null
   */
  String name();

  /**
   * Returns the contributor with the given code.
   *
   * @param code an ISO 3166-1 alpha-3 code or an organisation's acronym, ignoring case, not null
   * @return the contributor, never null
   * @throws NullPointerException if {@code code} is null
   * @throws UnknownContributorException if no contributor has that code
   */
  static Contributor parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    Optional<InternationalOrganisation> organisation = InternationalOrganisation.find(code);
    if (organisation.isPresent()) {
      return organisation.get();
    }
    return MemberState.of(code);
  }

  /**
   * Returns the contributor with the given name, in any of the forms the UN and the communiqués
   * use. Case, diacritics, punctuation and a leading "the" are ignored; nothing else is guessed.
   *
   * @param name the name, not null
   * @return the contributor, never null
   * @throws NullPointerException if {@code name} is null
   * @throws UnknownContributorException if no contributor is known by that name
   */
  static Contributor fromName(CharSequence name) {
    return findByName(name).orElseThrow(() -> UnknownContributorException.forName(name));
  }

  /**
   * Looks up the contributor with the given name, as {@link #fromName(CharSequence)} does.
   *
   * @param name the name, not null
   * @return the contributor, or empty if no contributor is known by that name; never null
   * @throws NullPointerException if {@code name} is null
   */
  static Optional<Contributor> findByName(CharSequence name) {
    Optional<MemberState> state = MemberState.findByName(name);
    if (state.isPresent()) {
      return Optional.of(state.get());
    }
    return InternationalOrganisation.findByName(name).map(Contributor.class::cast);
  }
}
