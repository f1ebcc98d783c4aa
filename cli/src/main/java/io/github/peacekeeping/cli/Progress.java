package io.github.peacekeeping.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows on standard error how much of a large input has been read, when a person is watching (a
 * terminal); otherwise stays silent, so that logs and pipes get no carriage returns.
 */
final class Progress extends FilterInputStream {

  /** Inputs smaller than this are read too fast for a progress line to help. */
  static final long LARGE = 1 << 20;

  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final long size;
  private long read;
  private long lastShown = System.nanoTime();
  private boolean shown;

  private Progress(InputStream in, PrintWriter err, String label, long size) {
    super(in);
    this.err = err;
    this.label = label;
    this.size = size;
  }

  /**
   * Wraps a stream so that reading it shows progress, if it is large and a terminal is attached.
   *
   * @param in the stream
   * @param input what is read
   * @param err where progress goes
   * @return the stream itself, or one that reports progress
   */
  static InputStream watch(InputStream in, Input input, PrintWriter err) {
    long size = input.size();
    if (size < LARGE || !Terminal.interactive()) {
      return in;
    }
    return new Progress(in, err, input.name(), size);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
    super.close();
  }

  private void advance(int n) {
    read += n;
    long now = System.nanoTime();
    if (now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      shown = true;
      err.printf(Locale.ROOT, "\rreading %s: %3d%% (%.1f of %.1f MB)",
          label, Math.min(100, read * 100 / size), read / 1e6, size / 1e6);
      err.flush();
    }
  }
}
