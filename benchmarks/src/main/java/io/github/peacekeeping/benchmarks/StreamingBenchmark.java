package io.github.peacekeeping.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.json.JsonReader;
import io.github.peacekeeping.serialization.json.StreamSummary;
import io.github.peacekeeping.testkit.Testkit;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming validation of a registry far larger than the heap: a {@code pledge-registry} document
 * of {@link #megabytes} MB generated on the fly ({@link GeneratedRegistryStream}: 1,000 testkit
 * pledges written once and repeated; never materialised in memory or on disk), read in a JVM with
 * {@code -Xmx256m}.
 *
 * <p>{@link #stream_and_validate}: {@code JsonReader.stream} with a validation context, every
 * pledge decoded, validated and fed to the registry assessment, then the readiness targets.
 * BASELINE {@link #baseline_plain_jackson_stream}: plain Jackson databind binding each pledge of
 * the same stream into a mutable POJO ({@link RegistryPojos.PledgePojo}), one at a time, without
 * checks.
 *
 * <p>One operation is the whole document (single-shot time); MB/s and pledges/s are the size and
 * the pledge count (printed after each iteration) over the time. Memory is measured in the run:
 * before each iteration the heap is collected and the pools' peaks reset; after it the sum of the
 * heap pools' peak usage (an upper bound of the heap used at any moment) and the largest heap in
 * use after any garbage collection during the iteration (from the collectors' notifications: the
 * live set) are printed. Constant memory: both the same at 100 MB and at 1 GB.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@State(Scope.Benchmark)
public class StreamingBenchmark {

  /** The size of the generated document, in MB (10^6 bytes). */
  @Param({"100", "1000"})
  public long megabytes;

  List<Pledge> pool;
  JsonReader reader;
  JsonMapper plain;
  GeneratedRegistryStream last;
  long pledgesRead;

  private final AtomicLong liveAfterGc = new AtomicLong();
  private NotificationListener listener;

  /** Creates the benchmark; JMH instantiates it. */
  public StreamingBenchmark() {}

  /** Generates the pool of pledges and listens to the garbage collectors. */
  @Setup(Level.Trial)
  public void setUp() {
    pool = Registries.pledges(1_000, Registries.SEED);
    reader = JsonReader.builder().context(Testkit.DEFAULT_CONTEXT).build();
    // Each pledge is bound from the middle of the document: what follows it is not trailing.
    plain = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    listener = (Notification notification, Object handback) -> {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
          .equals(notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc()
          .entrySet()) {
        if (isHeap(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      liveAfterGc.accumulateAndGet(used, Math::max);
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
  }

  private static boolean isHeap(String poolName) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(poolName)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** Collects the heap and resets the peaks. */
  @Setup(Level.Iteration)
  public void resetMemory() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    liveAfterGc.set(0);
    pledgesRead = 0;
  }

  /** Prints the iteration's size, pledge count and memory. */
  @TearDown(Level.Iteration)
  public void reportMemory() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%n[StreamingBenchmark] %d MB: %d bytes, %d pledges generated, %d read;"
            + " heap pools' peak sum %.1f MB; max heap after GC %.1f MB; max heap %.1f MB%n",
        megabytes, last.produced(), last.pledges(), pledgesRead, peak / 1e6,
        liveAfterGc.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }

  /** Stops listening. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).removeNotificationListener(listener);
    }
  }

  /**
   * Streams, decodes and validates every pledge, and assesses the registry.
   *
   * @param blackhole consumes the pledges
   * @return the summary
   */
  @Benchmark
  public StreamSummary stream_and_validate(Blackhole blackhole) {
    last = new GeneratedRegistryStream(pool, megabytes * 1_000_000L);
    StreamSummary summary = reader.stream(last, Pledge.class, blackhole::consume,
        problem -> {
          throw new IllegalStateException("unexpected problem: " + problem);
        });
    if (!summary.complete() || summary.invalid() != 0) {
      throw new IllegalStateException("incomplete stream: " + summary);
    }
    pledgesRead = summary.valid();
    return summary;
  }

  /**
   * BASELINE: plain Jackson binding each pledge of the same stream into a POJO, no checks.
   *
   * @param blackhole consumes the pledges
   * @return the number of pledges
   */
  @Benchmark
  public long baseline_plain_jackson_stream(Blackhole blackhole) {
    last = new GeneratedRegistryStream(pool, megabytes * 1_000_000L);
    long count = 0;
    try (JsonParser parser = plain.createParser(last)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("pledges")) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            blackhole.consume(plain.readValue(parser, RegistryPojos.PledgePojo.class));
            count++;
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    pledgesRead = count;
    return count;
  }
}
