package io.github.peacekeeping.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated catalogues shipped beside core classes ({@code member-states.tsv},
 * {@code missions.tsv}): one row a line, blank lines and lines starting with {@code #} skipped.
 *
 * <p>Not exported: an implementation detail of this module.
 */
public final class Tsv {

  private Tsv() {}

  /**
   * Reads a resource beside a class.
   *
   * @param owner the class the resource sits beside, not null
   * @param resource the resource name, not null
   * @return the rows, each split on tabs (trailing empty fields kept); never null
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<String[]> read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
