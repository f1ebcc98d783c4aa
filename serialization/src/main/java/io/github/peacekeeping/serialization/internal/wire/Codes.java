package io.github.peacekeeping.serialization.internal.wire;

/**
 * The forms of the textual codes, as regular expressions for the schema ({@code pattern}). They
 * check the form only: whether a code is in the catalogue is checked on reading.
 */
final class Codes {

  /** A Member State's ISO 3166-1 alpha-3 code or an organisation's code ({@code "ECOWAS"}). */
  static final String CONTRIBUTOR = "^[A-Z]{2,6}$";

  /** A Member State's ISO 3166-1 alpha-3 code. */
  static final String MEMBER_STATE = "^[A-Z]{3}$";

  /**
   * A mission's acronym: words of upper-case letters and digits separated by single spaces, as in
   * {@code "UNOSOM II"}.
   */
  static final String MISSION = "^[A-Z][A-Z0-9]*( [A-Z0-9]+)*$";

  /** A Security Council resolution's symbol, such as {@code "S/RES/2729 (2024)"}. */
  static final String RESOLUTION = "^S/RES/[1-9][0-9]* \\([0-9]{4}\\)$";

  /** An ISO interval of two calendar dates. */
  static final String PERIOD = "^[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** A unit type's code, in upper snake case. */
  static final String UNIT_TYPE = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

  /** A schema version of the format the wire records describe: its major version, any minor. */
  static final String SCHEMA_VERSION = "^" + Wire.SCHEMA_MAJOR + "\\.(0|[1-9][0-9]*)$";

  private Codes() {}
}
