package io.github.peacekeeping.validation.internal;

/** The rapid-deployment windows London 2016 names, shared by the pledge and unit validators. */
final class RapidDeploymentWindows {

  private RapidDeploymentWindows() {}

  /** Tells whether a window is one of London 2016's "30, 60 or 90 days". */
  static boolean isLondonWindow(int days) {
    return days == 30 || days == 60 || days == 90;
  }
}
