package io.github.peacekeeping.core.mission;

/**
 * Thrown when an acronym does not identify any mission in the catalogue.
 *
 * <p>The message names the acronym looked up; {@link #lookedUp()} returns it as given.
 */
public final class UnknownMissionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The acronym looked up, as given. */
  private final String lookedUp;

  UnknownMissionException(CharSequence acronym) {
    super("acronym: no mission has the acronym '" + acronym + "'");
    this.lookedUp = acronym.toString();
  }

  /**
   * Returns the acronym that was looked up, as given.
   *
   * @return the text looked up, never null
   */
  public String lookedUp() {
    return lookedUp;
  }
}
