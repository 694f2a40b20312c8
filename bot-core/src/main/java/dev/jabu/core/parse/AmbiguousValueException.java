package dev.jabu.core.parse;

/** A value that reads two believable ways; the member is asked which one was meant. */
final class AmbiguousValueException extends Exception {
  private final transient MomentReading.Ask ask;

  AmbiguousValueException(MomentReading.Ask ask) {
    super(ask.question().name(), null, false, false);
    this.ask = ask;
  }

  MomentReading.Ask ask() {
    return ask;
  }
}
