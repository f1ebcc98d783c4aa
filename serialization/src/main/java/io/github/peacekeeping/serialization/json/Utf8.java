package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The encoding of exchanged JSON: UTF-8 without a byte order mark (RFC 8259, section 8.1), checked
 * strictly by RFC 3629 (no overlong form, no surrogate, nothing above U+10FFFF), which Jackson's
 * byte parser does not do on its own. A problem is located by line and column, counted in
 * characters as a reader of the text counts them.
 */
final class Utf8 {

  private Utf8() {}

  /** The problem of a document's first bytes (a byte order mark, UTF-16 or UTF-32), or null. */
  static JsonProblem startProblem(byte[] start, int length) {
    if (length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF) {
      return bom();
    }
    if ((length >= 1 && start[0] == 0) || (length >= 2 && start[1] == 0)
        || (length >= 2 && (start[0] & 0xFF) >= 0xFE && (start[1] & 0xFF) >= 0xFE)) {
      return JsonProblem.of(ProblemCode.INVALID_ENCODING, new JsonLocation("", 1, 1),
          "not UTF-8: the document looks like UTF-16 or UTF-32, and JSON exchanged between"
              + " systems must be UTF-8 (RFC 8259, section 8.1)");
    }
    return null;
  }

  static JsonProblem bom() {
    return JsonProblem.of(ProblemCode.INVALID_ENCODING, new JsonLocation("", 1, 1),
        "byte order mark (U+FEFF) at the start of the document: JSON exchanged between systems"
            + " must not begin with one (RFC 8259, section 8.1)");
  }

  /** The problem of a malformed sequence at a line and column. */
  static JsonProblem malformed(long line, long column) {
    return JsonProblem.of(ProblemCode.INVALID_ENCODING, new JsonLocation("", line, column),
        "not valid UTF-8: a malformed byte sequence (an invalid or overlong form, a surrogate or"
            + " a code point above U+10FFFF)");
  }

  /** The offset of the first byte of the first malformed sequence, or -1 if there is none. */
  static int firstMalformed(byte[] bytes) {
    Decoder decoder = new Decoder();
    for (int i = 0; i < bytes.length; i++) {
      if (!decoder.accept(bytes[i])) {
        return decoder.sequenceStart(i);
      }
    }
    return decoder.complete() ? -1 : decoder.sequenceStart(bytes.length);
  }

  /** The problem of bytes that are not strict UTF-8, at its line and column; null if none. */
  static JsonProblem problem(byte[] bytes) {
    int bad = firstMalformed(bytes);
    if (bad < 0) {
      return null;
    }
    long line = 1;
    long column = 1;
    for (int i = 0; i < bad; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++; // a character starts here: every byte but a continuation byte
      }
    }
    return malformed(line, column);
  }

  /**
   * A strict UTF-8 state machine, one byte at a time: the same check for a whole array and for a
   * stream.
   */
  static final class Decoder {
    private int remaining;
    private int low = 0x80;
    private int high = 0xBF;
    private int started;

    /** Takes one byte; false when it makes the text malformed. */
    boolean accept(byte value) {
      int b = value & 0xFF;
      if (remaining > 0) {
        if (b < low || b > high) {
          return false;
        }
        low = 0x80;
        high = 0xBF;
        remaining--;
        return true;
      }
      started = 0;
      if (b < 0x80) {
        return true;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        remaining = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        remaining = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        remaining = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      started = remaining;
      return true;
    }

    /** Whether no sequence is left unfinished. */
    boolean complete() {
      return remaining == 0;
    }

    /** The offset where the sequence that holds the byte at {@code at} began. */
    int sequenceStart(int at) {
      return remaining > 0 ? at - (started - remaining) - 1 : at;
    }
  }

  /** Raised by {@link StrictInputStream} at a malformed sequence. */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;

    MalformedException(long line, long column) {
      super("not valid UTF-8 at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }
  }

  /** Passes bytes through, refusing the first malformed sequence with its line and column. */
  static final class StrictInputStream extends FilterInputStream {
    private final Decoder decoder = new Decoder();
    private long line = 1;
    private long column = 1;

    StrictInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        end();
      } else {
        check((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        end();
      }
      for (int i = 0; i < n; i++) {
        check(buffer[offset + i]);
      }
      return n;
    }

    private void check(byte b) throws MalformedException {
      if (!decoder.accept(b)) {
        throw new MalformedException(line, column);
      }
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }

    private void end() throws MalformedException {
      if (!decoder.complete()) {
        throw new MalformedException(line, column);
      }
    }
  }
}
