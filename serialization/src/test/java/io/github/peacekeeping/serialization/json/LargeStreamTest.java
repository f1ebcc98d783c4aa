package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.testkit.PledgeGenerator;
import io.github.peacekeeping.testkit.Pledges;
import io.github.peacekeeping.testkit.Samples;
import io.github.peacekeeping.testkit.Testkit;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Rules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Streams a registry of many generated pledges (one million unless {@code
 * -Dpeacekeeping.large.count} says otherwise) through {@link JsonReader#stream}, never holding the
 * document nor the pledges. The surefire execution {@code large-stream} runs it in its own JVM
 * with {@code -Xmx256m}: a reader that kept the pledges or the tree would run out of memory.
 */
class LargeStreamTest {

  /** Every this many elements, one is invalid (a pledge without its required properties). */
  private static final int INVALID_EVERY = 10_000;

  /** A pledge-registry document of {@code count} pledges, generated as it is read. */
  static final class GeneratedRegistry extends InputStream {

    private final long count;
    private final Samples samples = Samples.of(new SplittableRandom(2026));
    private final PledgeGenerator pledges = Pledges.pledges();
    private final JsonWriter writer = JsonWriter.create();
    private long next;
    private byte[] chunk =
        "{\"schemaVersion\":\"2.0\",\"type\":\"pledge-registry\",\"pledges\":["
            .getBytes(StandardCharsets.UTF_8);
    private int position;
    private boolean ended;
    private long bytes;

    GeneratedRegistry(long count) {
      this.count = count;
    }

    private boolean refill() {
      if (position < chunk.length) {
        return true;
      }
      if (ended) {
        return false;
      }
      String separator = next == 0 ? "" : ",";
      String element;
      if (next == count) {
        element = "]}";
        separator = "";
        ended = true;
      } else if (next % INVALID_EVERY == INVALID_EVERY - 1) {
        element = "{\"id\":\"P-" + next + "\"}";
      } else {
        element = writer.write(samples.sample(pledges));
      }
      next++;
      chunk = (separator + element).getBytes(StandardCharsets.UTF_8);
      bytes += chunk.length;
      position = 0;
      return true;
    }

    @Override
    public int read() {
      return refill() ? chunk[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int copied = 0;
      while (copied < length && refill()) {
        int n = Math.min(length - copied, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset + copied, n);
        position += n;
        copied += n;
      }
      return copied == 0 ? -1 : copied;
    }
  }

  /** Pledges per second the generating stream alone produces: the test's own share of the time. */
  private static long generationSeconds(long count) {
    long started = System.nanoTime();
    try (InputStream in = new GeneratedRegistry(Math.max(count, 1))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return (long) (Math.max(count, 1) / ((System.nanoTime() - started) / 1e9));
  }

  @Test
  void streams_a_large_generated_registry_in_constant_memory() {
    long count = Long.getLong("peacekeeping.large.count", 1_000_000L);
    long generationOnly = generationSeconds(count / 10);
    JsonReader reader = JsonReader.builder().context(Testkit.DEFAULT_CONTEXT).build();
    long[] valid = {0};
    long[] units = {0};
    List<JsonProblem> problems = new ArrayList<>();

    long started = System.nanoTime();
    StreamSummary summary;
    GeneratedRegistry registry = new GeneratedRegistry(count);
    try (InputStream in = registry) {
      summary = reader.stream(in, Pledge.class, v -> {
        valid[0]++;
        units[0] += v.value().units().size();
      }, problems::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("LargeStreamTest: %,d pledges (%,d units, %,d MiB of JSON) in %.1f s:"
            + " %,.0f pledges/s (generating and writing them alone: %,d pledges/s),"
            + " max heap %d MiB, used after %d MiB%n",
        count, units[0], registry.bytes >> 20, seconds, count / seconds, generationOnly,
        runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);

    long invalid = count / INVALID_EVERY;
    assertThat(summary.complete()).isTrue();
    assertThat(summary.valid()).isEqualTo(count - invalid).isEqualTo(valid[0]);
    assertThat(summary.invalid()).isEqualTo(invalid);
    assertThat(problems).hasSizeGreaterThanOrEqualTo((int) invalid).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.STRUCTURE);
      assertThat(p.pointer()).matches("/pledges/[0-9]*9999");
    });
    // The deadline (2016) is before the evaluation date: the verdict on its figures, then the
    // latest figures as information.
    assertThat(summary.registryFindings().findings(Rules.LDN16_LEVEL3_12000))
        .extracting(f -> f.assessment().orElseThrow().stage())
        .containsExactly(AssessmentStage.AT_DEADLINE, AssessmentStage.SINCE_DEADLINE);
  }
}
