package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options {@code validate} and {@code report} share, mixed into both. */
final class CommonOptions {

  @Option(
      names = "--rules",
      split = ",",
      paramLabel = "SET",
      description = "Rule sets to apply, by code (comma-separated): ${COMPLETION-CANDIDATES}. "
          + "Default: all.")
  private List<SourceDocument> ruleSets = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluation date (ISO, e.g. 2016-12-31) for dated rules and targets: what "
          + "held on that day; values dated after it are not evaluated (a notice says so). "
          + "Default: today; the output says which date was used.")
  private LocalDate asOf;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES}. "
          + "Default: ${DEFAULT-VALUE}.")
  private FailOn failOn = FailOn.ERROR;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}. "
          + "Default: text on a terminal, json otherwise.")
  private Format format;

  /**
   * Returns the evaluation date: the one given, or today.
   *
   * @return the date, never null
   */
  LocalDate asOf() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /**
   * Tells whether the evaluation date is the default (today) rather than given.
   *
   * @return true when {@code --as-of} was not given
   */
  boolean asOfIsDefault() {
    return asOf == null;
  }

  /**
   * Returns the rule sets selected; empty means all.
   *
   * @return the rule sets, never null
   */
  Set<SourceDocument> ruleSets() {
    return ruleSets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ruleSets));
  }

  /**
   * Returns the failure threshold.
   *
   * @return the threshold, never null
   */
  FailOn failOn() {
    return failOn;
  }

  /**
   * Returns the output format: the one given, or the one that suits where output goes.
   *
   * @return the format, never null
   */
  Format format() {
    if (format != null) {
      return format;
    }
    return Terminal.interactive() ? Format.TEXT : Format.JSON;
  }

  /**
   * Returns the validation context these options describe.
   *
   * @return the context, never null
   */
  ValidationContext context() {
    return ValidationContext.builder().asOf(asOf()).ruleSets(ruleSets()).build();
  }
}
