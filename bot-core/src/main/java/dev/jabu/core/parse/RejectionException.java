package dev.jabu.core.parse;

/** Carries a rejection out of the depths of parsing to {@link CommandParser}, which returns it. */
final class RejectionException extends Exception {
  private final transient Rejection rejection;

  RejectionException(Rejection rejection) {
    super(rejection.getClass().getSimpleName(), null, false, false);
    this.rejection = rejection;
  }

  Rejection rejection() {
    return rejection;
  }
}
