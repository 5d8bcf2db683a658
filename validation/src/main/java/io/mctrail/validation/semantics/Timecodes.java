package io.mctrail.validation.semantics;

/** Timecodes as MediaConvert's settings write them: {@code HH:MM:SS:FF} or {@code HH:MM:SS;FF}. */
final class Timecodes {

  private Timecodes() {}

  /**
   * A number that orders timecodes as the frames they name, whatever the frame rate: hours,
   * minutes, seconds and then the frame; or {@code -1} when {@code timecode} is {@code null} or not
   * in either form.
   */
  static long frames(String timecode) {
    if (timecode == null || timecode.length() != 11) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < 11; i += 3) {
      int hi = timecode.charAt(i) - '0';
      int lo = timecode.charAt(i + 1) - '0';
      if (hi < 0 || hi > 9 || lo < 0 || lo > 9) {
        return -1;
      }
      if (i < 9) {
        char separator = timecode.charAt(i + 2);
        if (separator != ':' && !(i == 6 && separator == ';')) {
          return -1;
        }
      }
      value = value * 100 + hi * 10 + lo;
    }
    return value;
  }
}
