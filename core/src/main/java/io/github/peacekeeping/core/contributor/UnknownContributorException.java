package io.github.peacekeeping.core.contributor;

/**
 * Thrown when a code or name does not identify any known contributor.
 *
 * <p>The message names what was looked up; {@link #lookedUp()} returns it as given.
 */
public final class UnknownContributorException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The code or name looked up, as given. */
  private final String lookedUp;

  private UnknownContributorException(String message, String lookedUp) {
    super(message);
    this.lookedUp = lookedUp;
  }

  static UnknownContributorException forCode(CharSequence code) {
    return new UnknownContributorException(
        "code: no Member State or international organisation has the code '" + code + "'",
        code.toString());
  }

  static UnknownContributorException forName(CharSequence name) {
    return new UnknownContributorException(
        "name: no Member State or international organisation is known as '" + name + "'",
        name.toString());
  }

  /**
   * Returns the code or name that was looked up, as given.
   *
   * @return the text looked up, never null
   */
  public String lookedUp() {
    return lookedUp;
  }
}
