package io.github.peacekeeping.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the command talks to a person at a terminal. */
final class Terminal {

  private Terminal() {}

  /**
   * Tells whether standard input and output are attached to a terminal.
   *
   * <p>On Java 17 to 21 {@link System#console()} is null as soon as a stream is redirected. From
   * Java 22 it returns a console even then, and {@code Console.isTerminal()} (looked up
   * reflectively, since the code is compiled for 17) tells the truth.
   *
   * @return true when attached to a terminal
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException | RuntimeException beforeJava22) {
      return true;
    }
  }
}
