package io.github.peacekeeping.serialization.json;

/**
 * The JSON Pointer of a value being decoded, built as text only when a problem is reported there:
 * most values have none, and spelling out every pointer cost more than decoding the value. Not
 * thread-safe (the text is memoised without synchronisation); one document at a time.
 */
final class Pointer {

  /** The root of the document, {@code ""}. */
  static final Pointer ROOT = of("");

  private final Pointer parent;
  private final String name;
  private final int index;
  private String text;

  private Pointer(Pointer parent, String name, int index, String text) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
  }

  /** Returns the pointer whose text is {@code text}, already a JSON Pointer. */
  static Pointer of(String text) {
    return new Pointer(null, null, -1, text);
  }

  /** Returns the pointer to a property or map key of the object here. */
  Pointer child(String name) {
    return new Pointer(this, name, -1, null);
  }

  /** Returns the pointer to an element of the array here. */
  Pointer index(int index) {
    return new Pointer(this, null, index, null);
  }

  /** Returns the RFC 6901 text of the pointer. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = name != null ? JsonPointers.child(parent.toString(), name) : JsonPointers.index(parent.toString(), index);
      text = t;
    }
    return t;
  }
}
