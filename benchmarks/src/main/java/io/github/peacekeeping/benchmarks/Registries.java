package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.json.JsonWriter;
import io.github.peacekeeping.testkit.Pledges;
import io.github.peacekeeping.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;

/** Pledge registries generated with the testkit, seeded so that every run reads the same bytes. */
final class Registries {

  static final long SEED = 20261123L;

  private Registries() {}

  /** {@code n} valid pledges drawn from the testkit's generator with a fixed seed. */
  static List<Pledge> pledges(int n, long seed) {
    return Samples.of(new SplittableRandom(seed)).sample(Pledges.pledges(), n);
  }

  /** The pledges as a {@code pledge-registry} document written by {@link JsonWriter}. */
  static byte[] document(List<Pledge> pledges) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriter.create().writePledgeRegistry(pledges, out);
    return out.toByteArray();
  }

  /** Dumps a small registry, for writing the baseline's POJOs. */
  public static void main(String[] args) {
    System.out.println(new String(document(pledges(Integer.parseInt(args[0]), SEED)),
        java.nio.charset.StandardCharsets.UTF_8));
  }
}
