package io.github.peacekeeping.serialization.problem;

import io.github.peacekeeping.validation.Severity;

/**
 * The stable code of a problem found in exchanged data: a JSON document read by {@code
 * JsonReader} or a CSV file imported by {@code UnStatisticsImporter}. A program tells problems
 * apart by their code, never by their message; codes are a contract like the rule IDs: a code is
 * never renamed or given another meaning, only added (docs/json-format.md, Problem codes, and
 * docs/csv-import.md).
 *
 * <p>Every problem with a code has that code's {@linkplain #severity() severity}, except {@link
 * #RULE_VIOLATION}, whose problems have the severity of their rule's finding.
 */
public enum ProblemCode {

  // ------------------------------------------------------------------ JSON: the text itself

  /** JSON: the input is not well-formed JSON (malformed, truncated, an unexpected character). */
  MALFORMED_JSON(Format.JSON, Severity.ERROR),

  /**
   * JSON: the bytes are not UTF-8 (RFC 8259 §8.1): an invalid or overlong sequence, a surrogate, a
   * byte order mark, or another encoding (UTF-16, UTF-32).
   */
  INVALID_ENCODING(Format.JSON, Severity.ERROR),

  /** JSON: the input holds no JSON value at all. */
  EMPTY_INPUT(Format.JSON, Severity.ERROR),

  /** JSON: something follows the document's one value. */
  TRAILING_CONTENT(Format.JSON, Severity.ERROR),

  /**
   * JSON: a limit that protects the reader was exceeded: nesting depth, the length of a number, a
   * string, a property name or the document.
   */
  LIMIT_EXCEEDED(Format.JSON, Severity.ERROR),

  // ------------------------------------------------------------------ JSON: the format

  /** JSON: a value of the wrong JSON type, such as a string where a number belongs. */
  WRONG_TYPE(Format.JSON, Severity.ERROR),

  /** JSON: {@code null}, which the format never uses: an absent optional value is omitted. */
  NULL_VALUE(Format.JSON, Severity.ERROR),

  /** JSON: a required property is missing. */
  MISSING_PROPERTY(Format.JSON, Severity.ERROR),

  /**
   * JSON: an object names the same property (or map key) twice. RFC 8259 lets a parser take either
   * value; the format takes neither.
   */
  DUPLICATE_PROPERTY(Format.JSON, Severity.ERROR),

  /** JSON: a property the format does not define for that object. */
  UNKNOWN_PROPERTY(Format.JSON, Severity.ERROR),

  /** JSON: a code that is not one of its enumeration's codes (a readiness level, a status, …). */
  UNKNOWN_CODE(Format.JSON, Severity.ERROR),

  /** JSON: a Member State was expected and an organisation given, or the other way round. */
  WRONG_CONTRIBUTOR_KIND(Format.JSON, Severity.ERROR),

  /**
   * JSON: a textual value whose form is wrong: a date that is not an ISO calendar date, a share, a
   * mandate period or a resolution symbol that does not parse.
   */
  MALFORMED_VALUE(Format.JSON, Severity.ERROR),

  /** JSON: a number that is not an integer, or lies outside its documented bounds. */
  OUT_OF_RANGE(Format.JSON, Severity.ERROR),

  /** JSON: an element repeated in an array that stands for a set. */
  REPEATED_ELEMENT(Format.JSON, Severity.ERROR),

  /**
   * JSON: values that are each well formed but together break an invariant of the model, such as
   * a unit whose roles hold more personnel than the unit; the location names the property.
   */
  INVALID_VALUE(Format.JSON, Severity.ERROR),

  /** JSON: a {@code schemaVersion} that is malformed or that this reader does not read. */
  UNSUPPORTED_VERSION(Format.JSON, Severity.ERROR),

  /** JSON: an exchange document whose {@code type} is not that of the document asked for. */
  WRONG_DOCUMENT_TYPE(Format.JSON, Severity.ERROR),

  /**
   * JSON: a document of an earlier schema version that cannot be read as the current model without
   * inventing a fact it does not record.
   */
  NOT_IN_VERSION(Format.JSON, Severity.ERROR),

  /**
   * JSON: figures dated after the evaluation date of the reader's validation context, which cannot
   * be assessed as of that date.
   */
  DATED_AFTER_EVALUATION(Format.JSON, Severity.ERROR),

  /**
   * JSON: a communiqué rule's finding at or above the reader's rejection threshold; the problem's
   * severity is the finding's.
   */
  RULE_VIOLATION(Format.JSON, Severity.ERROR),

  // ------------------------------------------------------------------ both formats

  /**
   * A contributor code or name that is not in the catalogue. CSV: the contributor's ISO-3 code is
   * empty or names no known contributor; located at the code's cell.
   */
  UNKNOWN_CONTRIBUTOR(Format.BOTH, Severity.ERROR),

  /**
   * A mission acronym that is not in the catalogue. CSV: the mission's acronym is empty or names
   * no catalogued mission; located at the acronym's cell.
   */
  UNKNOWN_MISSION(Format.BOTH, Severity.ERROR),

  // ------------------------------------------------------------------ CSV

  /**
   * CSV: the input is empty, or holds only blank lines: there is no header. Located at the file as
   * a whole (row 0).
   */
  MISSING_HEADER(Format.CSV, Severity.ERROR),

  /**
   * CSV: the header lacks columns the layout needs, which the message names; no row below it is
   * read. Located at the header's row.
   */
  MISSING_COLUMNS(Format.CSV, Severity.ERROR),

  /**
   * CSV: the input holds a header and no data row. A warning, located at the file as a whole (row
   * 0).
   */
  NO_DATA_ROWS(Format.CSV, Severity.WARNING),

  /**
   * CSV: the row is not valid CSV (an unbalanced quote) or has the wrong number of fields; located
   * at the row where it starts. A quote that is never closed takes the rest of the input with it,
   * and the message says which lines were lost; a header that is not valid CSV stops the import.
   */
  MALFORMED_ROW(Format.CSV, Severity.ERROR),

  /** CSV: the personnel type is not one of the UN's labels; located at its cell. */
  UNKNOWN_PERSONNEL_TYPE(Format.CSV, Severity.ERROR),

  /**
   * CSV: a count is empty, not a whole number (digits {@code 0-9} only), negative or too large
   * (more than {@code Bounds.MAX_PERSONNEL}); located at its cell.
   */
  BAD_NUMBER(Format.CSV, Severity.ERROR),

  /**
   * CSV: the date is empty or neither ISO ({@code 2014-02-28}) nor dd/mm/yyyy ({@code 28/02/2014}),
   * both with a four-digit year and resolved strictly; located at its cell.
   */
  BAD_DATE(Format.CSV, Severity.ERROR),

  /**
   * CSV: men and women do not add up to the stated total, or categories to the overall total
   * (located at the total's cell), or the records of one date add up to more than a deployment
   * snapshot holds (located at the row that would exceed it).
   */
  TOTALS_DO_NOT_ADD_UP(Format.CSV, Severity.ERROR),

  /**
   * CSV: the contributor's name names a different contributor than its code; located at the
   * name's cell.
   */
  NAME_MISMATCH(Format.CSV, Severity.ERROR),

  /**
   * CSV: the contributor's name (empty, truncated or unusual) names no known contributor; the
   * code, which is authoritative, was used. A warning, located at the name's cell: the row was
   * imported.
   */
  UNRESOLVED_NAME(Format.CSV, Severity.WARNING);

  /** Which exchange formats a code is used for. */
  public enum Format {
    /** JSON documents only. */
    JSON,
    /** CSV files only. */
    CSV,
    /** Both formats. */
    BOTH
  }

  private final Format format;
  private final Severity severity;

  ProblemCode(Format format, Severity severity) {
    this.format = format;
    this.severity = severity;
  }

  /**
   * Returns the formats this code is used for.
   *
   * @return the format, never null
   */
  public Format format() {
    return format;
  }

  /**
   * Returns the severity of every problem with this code; for {@link #RULE_VIOLATION}, the
   * highest it can have (a problem's own severity is its finding's).
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Tells whether this code is about the text itself rather than what it describes: for JSON
   * {@link #MALFORMED_JSON}, {@link #INVALID_ENCODING}, {@link #EMPTY_INPUT}, {@link
   * #TRAILING_CONTENT} and {@link #LIMIT_EXCEEDED}; for CSV {@link #MISSING_HEADER} (an empty
   * input) and {@link #MALFORMED_ROW}.
   *
   * @return true for a syntax code
   */
  public boolean isSyntax() {
    return switch (this) {
      case MALFORMED_JSON, INVALID_ENCODING, EMPTY_INPUT, TRAILING_CONTENT, LIMIT_EXCEEDED,
          MISSING_HEADER, MALFORMED_ROW -> true;
      default -> false;
    };
  }
}
