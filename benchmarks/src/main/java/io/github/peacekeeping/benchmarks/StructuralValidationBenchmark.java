package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.unit.Unit;
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
 * Structural validation of one unit's data.
 *
 * <p>The BASELINE is what an application with annotated beans does: Hibernate Validator's default
 * factory (built once) validating a hand-written mutable JavaBean ({@link UnitBean}) with standard
 * constraints ({@code @NotBlank} id, {@code @NotNull} type, contributor and status,
 * {@code @PositiveOrZero} women and men, {@code @Valid} on nested lists and maps, {@code
 * @AssertTrue} for the cross-field invariants).
 *
 * <p>The core module has no separate structural validation: it enforces structure at construction,
 * so a {@link Unit} that exists is structurally valid. "Our structural validation" is therefore the
 * builder: {@link #unit_builder} builds the same data through {@link Unit#builder()}, whose
 * {@code @Value.Check} verifies the invariants. {@link #bean_populate_and_validate} adds the cost of
 * filling the bean, for a like-for-like "from inputs to a checked value" comparison.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StructuralValidation}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StructuralValidationBenchmark {

  /** Creates the benchmark; JMH instantiates it. */
  public StructuralValidationBenchmark() {}

  /**
   * BASELINE: Hibernate Validator on the pre-filled bean.
   *
   * @param in the inputs
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<UnitBean>> baseline_hibernate_validator_bean(Samples in) {
    return Samples.structural(in.beanValidator, in.unitBean);
  }

  /**
   * Filling the bean, then validating it with Hibernate Validator.
   *
   * @param in the inputs
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<UnitBean>> bean_populate_and_validate(Samples in) {
    return Samples.structural(in.beanValidator, in.unitBean());
  }

  /**
   * Our structural validation: building the unit, its invariants checked by the builder.
   *
   * @param in the inputs
   * @return the unit
   */
  @Benchmark
  public Unit unit_builder(Samples in) {
    return in.unit();
  }
}
