package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full rule validation ({@link CommuniqueValidator#validate}, every rule set, as of 2026-11-23) of a
 * unit and of a pledge with its unit, against the structural BASELINE of {@link
 * StructuralValidationBenchmark}: Hibernate Validator's default factory validating the equivalent
 * annotated beans ({@link UnitBean}, {@link PledgeBean}). The data meet every rule, so neither side
 * reports anything: the ratio is the cost of checking, not of building messages.
 *
 * <p>Target: full rule validation costs at most twice structural validation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RuleValidation}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleValidationBenchmark {

  private static final CommuniqueValidator VALIDATOR = CommuniqueValidator.create();

  /** Creates the benchmark; JMH instantiates it. */
  public RuleValidationBenchmark() {}

  /**
   * BASELINE: structural validation of the unit bean.
   *
   * @param in the inputs
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<UnitBean>> unit_baseline_structural(Samples in) {
    return Samples.structural(in.beanValidator, in.unitBean);
  }

  /**
   * Every rule on the unit.
   *
   * @param in the inputs
   * @return the report (no findings)
   */
  @Benchmark
  public ValidationReport unit_rules(Samples in) {
    return VALIDATOR.validate(in.unit, in.context);
  }

  /**
   * BASELINE: structural validation of the pledge bean and, in cascade, its unit bean.
   *
   * @param in the inputs
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<PledgeBean>> pledge_baseline_structural(Samples in) {
    return Samples.structural(in.beanValidator, in.pledgeBean);
  }

  /**
   * Every rule on the pledge and its unit.
   *
   * @param in the inputs
   * @return the report (no findings)
   */
  @Benchmark
  public ValidationReport pledge_rules(Samples in) {
    return VALIDATOR.validate(in.pledge, in.context);
  }
}
