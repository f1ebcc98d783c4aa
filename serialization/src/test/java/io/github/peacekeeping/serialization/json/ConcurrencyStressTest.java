package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import io.github.peacekeeping.testkit.Pledges;
import io.github.peacekeeping.testkit.Samples;
import io.github.peacekeeping.testkit.Testkit;
import io.github.peacekeeping.testkit.Units;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One shared {@link CommuniqueValidator}, {@link JsonReader}, {@link JsonWriter} and {@link
 * UnStatisticsImporter}, used by many threads at once on testkit values and slices of the real
 * UN statistics, give exactly what one thread gets: the same reports, JSON, values, problems and
 * records. Bounded: a fixed number of rounds, and a timeout.
 */
class ConcurrencyStressTest {

  private static final long SEED = Long.getLong("peacekeeping.fuzz.seed", 20261123L);
  private static final int THREADS = Integer.getInteger("peacekeeping.stress.threads", 8);
  private static final int ROUNDS = Integer.getInteger("peacekeeping.stress.rounds", 4);

  /** A later date than the testkit's, so that time-bound rules find something. */
  private static final ValidationContext LATER = ValidationContext.asOf(LocalDate.of(2031, 6, 30));

  private static final CommuniqueValidator VALIDATOR = CommuniqueValidator.create();
  private static final JsonReader READER =
      JsonReader.builder().context(Testkit.DEFAULT_CONTEXT).build();
  private static final JsonWriter WRITER =
      JsonWriter.builder().context(Testkit.DEFAULT_CONTEXT).build();
  private static final UnStatisticsImporter IMPORTER = new UnStatisticsImporter();

  /** One unit of work and a name to report it by. */
  private record Task(String name, Callable<Object> work) {}

  @Test
  @Timeout(180)
  void shared_entry_points_give_every_thread_what_one_thread_gets() throws Exception {
    List<Task> tasks = tasks();
    List<Object> expected = new ArrayList<>();
    for (Task task : tasks) {
      expected.add(outcome(task));
    }

    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch ready = new CountDownLatch(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(SEED + t);
        runs.add(pool.submit(() -> {
          ready.countDown();
          ready.await(); // every thread starts at once, for as much overlap as possible
          int done = 0;
          for (int round = 0; round < ROUNDS; round++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
              order.add(i);
            }
            Collections.shuffle(order, random);
            for (int i : order) {
              Object actual = outcome(tasks.get(i));
              if (!actual.equals(expected.get(i))) {
                mismatches.add(tasks.get(i).name() + ": " + actual + " instead of "
                    + expected.get(i));
              }
              done++;
            }
          }
          return done;
        }));
      }
      int executions = 0;
      for (Future<Integer> run : runs) {
        executions += run.get(150, TimeUnit.SECONDS);
      }
      System.out.printf("ConcurrencyStressTest: %d tasks x %d rounds x %d threads = %d executions"
          + " in %d ms, seed %d%n", tasks.size(), ROUNDS, THREADS, executions,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), SEED);
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches)
        .as("results of shared instances under %d threads, seed %d", THREADS, SEED)
        .isEmpty();
  }

  /** The result of a task, or the exception it threw (as class and message), to compare. */
  private static Object outcome(Task task) {
    try {
      return task.work().call();
    } catch (InvalidDocumentException e) {
      return e.problems();
    } catch (RejectedValueException e) {
      return List.of("rejected", e.report());
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static List<Task> tasks() throws IOException {
    Samples samples = Samples.of(new SplittableRandom(SEED));
    List<Task> tasks = new ArrayList<>();
    List<Pledge> pledges = samples.sample(Pledges.pledges(), 40);
    for (Pledge pledge : pledges) {
      String json = JsonWriter.create().write(pledge);
      tasks.add(new Task("validate pledge " + pledge.id(),
          () -> List.of(VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT),
              VALIDATOR.validate(pledge, LATER))));
      tasks.add(new Task("write pledge " + pledge.id(), () -> WRITER.write(pledge)));
      tasks.add(new Task("read pledge " + pledge.id(), () -> READER.read(json, Pledge.class)));
      tasks.add(new Task("read broken pledge " + pledge.id(), () -> READER.read(
          json.replace("\"pledgedOn\":\"", "\"pledgedOn\":\"x").replace("\"kind\"", "\"kinds\""),
          Pledge.class)));
    }
    for (Unit offered : samples.sample(Units.units(), 40)) {
      // Deployed without training or vetting: the rules report it, and the writer refuses it.
      Unit unit = offered.status() == DeploymentStatus.DEPLOYED
          ? Unit.builder().from(offered).training(Optional.empty()).vetted(false)
              .vettedOn(Optional.empty()).build()
          : offered;
      String json = JsonWriter.create().write(unit);
      tasks.add(new Task("validate unit " + unit.id(),
          () -> List.of(VALIDATOR.validate(unit, Testkit.DEFAULT_CONTEXT),
              VALIDATOR.validate(unit, LATER))));
      tasks.add(new Task("write unit " + unit.id(), () -> WRITER.write(unit)));
      tasks.add(new Task("read unit " + unit.id(), () -> READER.read(
          json.getBytes(StandardCharsets.UTF_8), Unit.class)));
    }
    for (int i = 0; i + 5 <= pledges.size(); i += 5) {
      List<Pledge> registry = pledges.subList(i, i + 5);
      tasks.add(new Task("validate registry " + i,
          () -> VALIDATOR.validateRegistry(registry, Testkit.DEFAULT_CONTEXT)));
      tasks.add(new Task("write and read registry " + i, () -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writePledgeRegistry(registry, out);
        String json = out.toString(StandardCharsets.UTF_8);
        try {
          return List.of(json, READER.read(json, PledgeRegistryDocument.class));
        } catch (InvalidDocumentException e) {
          return List.of(json, e.problems());
        }
      }));
    }
    List<String> lines = Files.readAllLines(realFile(), StandardCharsets.UTF_8);
    Random random = new Random(SEED);
    for (int s = 0; s < 20; s++) {
      int from = 1 + random.nextInt(lines.size() - 300);
      List<String> slice = new ArrayList<>(lines.subList(from, from + 300));
      if (s % 2 == 1) {
        slice.set(random.nextInt(slice.size()), slice.get(0).replace(",0,", ",-1,"));
        slice.set(random.nextInt(slice.size()), "\"x\",2014-02-30,\"Nowhere\",\"XXX\",\"UNFOO\"");
      }
      String csv = lines.get(0) + "\n" + String.join("\n", slice) + "\n";
      tasks.add(new Task("import lines " + (from + 1) + "+",
          () -> IMPORTER.importFrom(new StringReader(csv), "slice.csv")));
    }
    return tasks;
  }

  private static Path realFile() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
        dir = dir.getParent()) {
      Path file = dir.resolve("data/un-contributions-by-gender-2009-2014.csv");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new AssertionError("data/un-contributions-by-gender-2009-2014.csv not found");
  }
}
