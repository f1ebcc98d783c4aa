package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageIT {

  @Test
  void help_lists_the_subcommands_and_the_exit_codes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("rules", "schema", "validate", "report")
        .contains("Exit codes:")
        .containsPattern("0 +clean")
        .containsPattern("1 +findings at or above the --fail-on threshold")
        .containsPattern("2 +an input could not be read");
  }

  @Test
  void subcommand_help_documents_the_options_and_exit_codes() {
    Cli.Result result = Cli.run("validate", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("--rules", "--as-of", "--fail-on", "--format", "Exit codes:");
  }

  @Test
  void no_subcommand_is_bad_usage() {
    Cli.Result result = Cli.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required subcommand");
  }

  @Test
  void unknown_option_is_bad_usage() {
    Cli.Result result = Cli.run("validate", "--no-such-option");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void malformed_date_is_bad_usage() {
    Cli.Result result = Cli.run("validate", "--as-of", "31/12/2016");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'31/12/2016' is not an ISO date");
  }

  @Test
  void fail_on_accepts_only_error_or_warning() {
    Cli.Result result = Cli.run("validate", "--fail-on", "INFO");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--fail-on");
  }

  @Test
  void version_is_the_project_version() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("peacekeeping 0.");
  }
}
