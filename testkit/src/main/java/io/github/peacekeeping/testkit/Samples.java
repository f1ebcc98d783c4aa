package io.github.peacekeeping.testkit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws values from the generators of this package with a plain {@link RandomGenerator}, for tests
 * written with another framework than QuickTheories (or none).
 *
 * <pre>{@code
 * Samples samples = Samples.of(new SplittableRandom(42));
 * Pledge pledge = samples.sample(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_3));
 * }</pre>
 *
 * <p>Sampling is reproducible: two {@code Samples} over generators seeded alike (for instance
 * {@code new SplittableRandom(42)} twice) give the same values for the same calls. There is no
 * shrinking here: a failing value is reported as drawn.
 *
 * <p>This class is not thread-safe: it draws from the {@code RandomGenerator} it wraps, which
 * callers must not share across threads without synchronisation.
 */
public final class Samples {

  // Generators filtered with Gen.assuming give up after this many rejected draws in a row.
  private static final int MAX_REJECTIONS = 10_000;

  private static final MethodHandle MIN;
  private static final MethodHandle MAX;

  static {
    // Constraint exposes its bounds only to its own package; QuickTheories is an automatic module
    // (or on the class path), so its packages are open to deep reflection.
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(Constraint.class, MethodHandles.lookup());
      MethodType type = MethodType.methodType(long.class);
      MIN = lookup.findVirtual(Constraint.class, "min", type);
      MAX = lookup.findVirtual(Constraint.class, "max", type);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Source source;

  private Samples(RandomGenerator random) {
    this.source = new Source(random);
  }

  /**
   * Returns samples drawn with {@code random}.
   *
   * @param random the source of randomness, not null; seed it to make the samples reproducible
   * @return samples drawing from {@code random}, never null
   */
  public static Samples of(RandomGenerator random) {
    return new Samples(Objects.requireNonNull(random, "random"));
  }

  /**
   * Draws one value from {@code generator}.
   *
   * @param generator the generator, not null
   * @param <T> the type of the values
   * @return the value drawn, as the generator returns it (never null for this package's
   *     generators)
   * @throws IllegalStateException if the generator rejects too many draws in a row (a generator
   *     filtered with {@code assuming} that almost nothing satisfies)
   */
  public <T> T sample(Gen<T> generator) {
    Objects.requireNonNull(generator, "generator");
    source.rejections = 0;
    return generator.generate(source);
  }

  /**
   * Draws {@code n} values from {@code generator}, one after the other.
   *
   * @param generator the generator, not null
   * @param n how many values to draw, not negative
   * @param <T> the type of the values
   * @return the values drawn, in order, unmodifiable, never null
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public <T> List<T> sample(Gen<T> generator, int n) {
    Objects.requireNonNull(generator, "generator");
    if (n < 0) {
      throw new IllegalArgumentException("n: must not be negative, was " + n);
    }
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(sample(generator));
    }
    return List.copyOf(values);
  }

  /** QuickTheories' source of draws over a plain random generator: uniform within bounds. */
  private static final class Source implements DetatchedRandomnessSource {
    private final RandomGenerator random;
    private int rejections;

    Source(RandomGenerator random) {
      this.random = random;
    }

    @Override
    public long next(Constraint constraint) {
      long min = bound(MIN, constraint);
      long max = bound(MAX, constraint);
      if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
        return random.nextLong();
      }
      if (max == Long.MAX_VALUE) {
        // nextLong(origin, bound) excludes the bound; shift so the maximum stays reachable.
        return random.nextLong(min - 1, max) + 1;
      }
      return random.nextLong(min, max + 1);
    }

    @Override
    public DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void commit() {
      // Draws are never replayed, so there is nothing to commit.
    }

    @Override
    public void registerFailedAssumption() {
      if (++rejections > MAX_REJECTIONS) {
        throw new IllegalStateException(
            "generator: rejected more than " + MAX_REJECTIONS + " draws in a row");
      }
    }

    private static long bound(MethodHandle accessor, Constraint constraint) {
      try {
        return (long) accessor.invokeExact(constraint);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
