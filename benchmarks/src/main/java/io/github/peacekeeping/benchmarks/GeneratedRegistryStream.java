package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.json.JsonWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@code pledge-registry} document of about {@code length} bytes produced on the fly: the
 * envelope, then a pool of pledges written once by {@link JsonWriter} and repeated in turn, then
 * the end of the document. Only the pool is held in memory, never the document.
 */
final class GeneratedRegistryStream extends InputStream {

  private static final byte[] HEAD = "{\"schemaVersion\":\"1.0\",\"type\":\"pledge-registry\",\"pledges\":["
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAIL = "]}".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] COMMA = {','};

  private final byte[][] pool;
  private final long length;
  private long produced;
  private long pledges;
  private byte[] current;
  private int position;
  private int next;
  private boolean ended;

  GeneratedRegistryStream(List<Pledge> pool, long length) {
    JsonWriter writer = JsonWriter.create();
    this.pool = new byte[pool.size()][];
    for (int i = 0; i < pool.size(); i++) {
      this.pool[i] = writer.write(pool.get(i)).getBytes(StandardCharsets.UTF_8);
    }
    this.length = length;
    this.current = HEAD;
  }

  /** The number of pledges produced so far. */
  long pledges() {
    return pledges;
  }

  /** The number of bytes produced so far. */
  long produced() {
    return produced;
  }

  private boolean advance() {
    if (position < current.length) {
      return true;
    }
    if (ended) {
      return false;
    }
    position = 0;
    if (current == COMMA || current == HEAD) {
      current = pool[next];
      next = (next + 1) % pool.length;
      pledges++;
    } else if (produced + 1 + pool[next].length + TAIL.length <= length) {
      current = COMMA;
    } else {
      current = TAIL;
      ended = true;
    }
    return true;
  }

  @Override
  public int read() {
    if (!advance()) {
      return -1;
    }
    produced++;
    return current[position++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len && advance()) {
      int chunk = Math.min(len - n, current.length - position);
      System.arraycopy(current, position, b, off + n, chunk);
      position += chunk;
      n += chunk;
    }
    produced += n;
    return n == 0 ? -1 : n;
  }
}
