package io.github.peacekeeping.serialization.csv;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when the input of an import cannot be read at all: an I/O failure, or text that is not
 * valid in the expected encoding. Problems in the content are not thrown: they are reported as
 * {@link ImportProblem}s.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The name of the source that could not be read, never null. */
  private final String sourceName;

  /**
   * Creates the exception.
   *
   * @param sourceName the name of the source that could not be read, not null
   * @param cause the failure, not null
   * @throws NullPointerException if an argument is null
   */
  public ImportException(String sourceName, IOException cause) {
    super("cannot read " + Objects.requireNonNull(sourceName, "sourceName") + ": "
        + Objects.requireNonNull(cause, "cause").getMessage(), cause);
    this.sourceName = sourceName;
  }

  /**
   * Returns the name of the source that could not be read.
   *
   * @return the name given to the importer, such as a file's path, never null
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Returns the I/O failure.
   *
   * @return the cause, never null
   */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
