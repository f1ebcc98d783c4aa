package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.benchmarks.PlainRecords.PledgeRecord;
import io.github.peacekeeping.benchmarks.PlainRecords.UnitRecord;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of building a {@link Unit} and a {@link Pledge} with the library's builders and
 * factories (Immutables-generated, invariants checked, collections copied) against the BASELINE of
 * building plain Java records with the same fields ({@link PlainRecords}), from the same inputs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValueConstruction}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValueConstructionBenchmark {

  /** Creates the benchmark; JMH instantiates it. */
  public ValueConstructionBenchmark() {}

  /**
   * BASELINE: the unit as a plain record.
   *
   * @param in the inputs
   * @return the record
   */
  @Benchmark
  public UnitRecord unit_baseline_record(Samples in) {
    return in.unitRecord();
  }

  /**
   * The unit through {@link Unit#builder()}.
   *
   * @param in the inputs
   * @return the unit
   */
  @Benchmark
  public Unit unit_builder(Samples in) {
    return in.unit();
  }

  /**
   * BASELINE: the pledge, with its unit, as plain records.
   *
   * @param in the inputs
   * @return the record
   */
  @Benchmark
  public PledgeRecord pledge_baseline_record(Samples in) {
    return in.pledgeRecord();
  }

  /**
   * The pledge, with its unit, through {@link Pledge#builder()}.
   *
   * @param in the inputs
   * @return the pledge
   */
  @Benchmark
  public Pledge pledge_builder(Samples in) {
    return in.pledge();
  }
}
