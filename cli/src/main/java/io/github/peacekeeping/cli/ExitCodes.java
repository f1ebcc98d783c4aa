package io.github.peacekeeping.cli;

/**
 * The exit codes of the {@code peacekeeping} command: a stable contract for scripts and CI jobs.
 */
final class ExitCodes {

  /** Every input was read and nothing at or above the {@code --fail-on} threshold was found. */
  static final int CLEAN = 0;

  /** An input has findings (or import warnings) at or above the {@code --fail-on} threshold. */
  static final int FINDINGS = 1;

  /**
   * An input could not be read (missing, unreadable, malformed or structurally invalid), or the
   * command line was wrong. Wins over {@link #FINDINGS} when several files are checked.
   */
  static final int INPUT = 2;

  private ExitCodes() {}

  /**
   * Combines the outcomes of several inputs: the worst one wins.
   *
   * @param a an exit code
   * @param b another exit code
   * @return the greater of the two
   */
  static int worst(int a, int b) {
    return Math.max(a, b);
  }
}
