package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the built executable jar as a separate process, as a user would, and captures what it
 * prints and its exit code. The jar's path comes from the failsafe configuration.
 */
final class Cli {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Cli() {}

  /**
   * What one run of the command did.
   *
   * @param exitCode the process's exit code
   * @param out what it printed on standard output
   * @param err what it printed on standard error
   */
  record Result(int exitCode, String out, String err) {

    /** Parses standard output as one JSON document per line. */
    List<JsonNode> jsonLines() {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          lines.add(JSON.readTree(line));
        }
      }
      return lines;
    }

    /** Parses the whole of standard output as one JSON document, however it is laid out. */
    JsonNode document() {
      return JSON.readTree(out);
    }

    /** Parses standard output as a single JSON document on one line. */
    JsonNode json() {
      List<JsonNode> lines = jsonLines();
      assertThat(lines).as("JSON lines of %s", out).hasSize(1);
      return lines.get(0);
    }
  }

  /**
   * Runs {@code java -jar peacekeeping-cli.jar ARGS}, with standard input and output not attached
   * to a terminal.
   *
   * @param args the arguments
   * @return what happened
   */
  static Result run(String... args) {
    Path jar = jar();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
      process.getOutputStream().close();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Path jar() {
    String property = System.getProperty("peacekeeping.cli.jar");
    assertThat(property).as("system property peacekeeping.cli.jar (set by failsafe)").isNotNull();
    Path jar = Path.of(property);
    assertThat(Files.isRegularFile(jar)).as("%s exists", jar).isTrue();
    return jar;
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = stream) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
