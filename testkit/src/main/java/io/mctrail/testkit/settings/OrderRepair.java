package io.mctrail.testkit.settings;

import java.util.Iterator;

/**
 * Puts in order the values of a job that the API implies an order between, as the validator's order
 * rules compare them: a clip or an overlay ends no earlier than it starts, a minimum is no greater
 * than its maximum, an average bitrate no greater than the peak, an image fades in no longer than
 * it is shown. A pair out of order is swapped (both members of each pair share one range), so the
 * drawn values stay as drawn otherwise. Runs after the other repairs, which may set these values.
 */
final class OrderRepair {

  private OrderRepair() {}

  /** Orders the inputs, output groups and outputs of job or template settings. */
  static void settings(ShapedNode settings) {
    for (ShapedNode input : settings.list("inputs")) {
      for (ShapedNode clipping : input.list("inputClippings")) {
        timecodes(clipping);
      }
      for (ShapedNode overlay : input.list("videoOverlays")) {
        timecodes(overlay);
        ShapedNode overlayInput = overlay.child("input");
        if (overlayInput != null) {
          for (ShapedNode clipping : overlayInput.list("inputClippings")) {
            timecodes(clipping);
          }
        }
      }
      ShapedNode selector = input.child("videoSelector");
      if (selector != null) {
        hdr10(selector.child("hdr10Metadata"));
      }
      images(input.child("imageInserter"));
    }
    for (ShapedNode group : settings.list("outputGroups")) {
      ShapedNode automated = group.child("automatedEncodingSettings");
      ShapedNode abr = automated == null ? null : automated.child("abrSettings");
      if (abr != null) {
        ordered(abr, "minAbrBitrate", "maxAbrBitrate");
      }
    }
    for (ShapedNode output : ValidSettings.outputs(settings)) {
      output(output);
    }
  }

  /** Orders one output's (or a preset's) video preprocessors and codec settings. */
  static void output(ShapedNode output) {
    ShapedNode video = output.child("videoDescription");
    if (video == null) {
      return;
    }
    ShapedNode preprocessors = video.child("videoPreprocessors");
    if (preprocessors != null) {
      ShapedNode corrector = preprocessors.child("colorCorrector");
      if (corrector != null) {
        hdr10(corrector.child("hdr10Metadata"));
      }
      ShapedNode dolby = preprocessors.child("dolbyVision");
      ShapedNode l6 = dolby == null ? null : dolby.child("l6Metadata");
      if (l6 != null) {
        ordered(l6, "maxFall", "maxCll");
      }
      images(preprocessors.child("imageInserter"));
    }
    ShapedNode codec = video.child("codecSettings");
    if (codec == null) {
      return;
    }
    for (Iterator<String> names = codec.json().fieldNames(); names.hasNext(); ) {
      ShapedNode settings = codec.child(names.next());
      if (settings == null) {
        continue;
      }
      if (settings.is("rateControlMode", "VBR")) {
        ordered(settings, "bitrate", "maxBitrate");
      } else if (settings.is("rateControlMode", "QVBR")) {
        ShapedNode qvbr = settings.child("qvbrSettings");
        Double average = qvbr == null ? null : qvbr.number("maxAverageBitrate");
        Double peak = settings.number("maxBitrate");
        if (average != null && peak != null && average > peak) {
          qvbr.setNumber("maxAverageBitrate", peak);
        }
      }
    }
  }

  private static void hdr10(ShapedNode metadata) {
    if (metadata != null) {
      ordered(metadata, "minLuminance", "maxLuminance");
      ordered(metadata, "maxFrameAverageLightLevel", "maxContentLightLevel");
    }
  }

  private static void images(ShapedNode inserter) {
    if (inserter != null) {
      for (ShapedNode image : inserter.list("insertableImages")) {
        ordered(image, "fadeIn", "duration");
      }
    }
  }

  /** Swaps the numbers {@code low} and {@code high} when {@code low} is the greater. */
  private static void ordered(ShapedNode node, String low, String high) {
    Double a = node.number(low);
    Double b = node.number(high);
    if (a != null && b != null && a > b) {
      node.setNumber(low, b);
      node.setNumber(high, a);
    }
  }

  /** Swaps the start and end timecodes when the end is the earlier (both are HH:MM:SS:FF). */
  private static void timecodes(ShapedNode clip) {
    String start = clip.text("startTimecode");
    String end = clip.text("endTimecode");
    if (start != null && end != null && later(start, end)) {
      clip.set("startTimecode", end);
      clip.set("endTimecode", start);
    }
  }

  /**
   * Whether timecode {@code a} names a later frame than {@code b}: both have the same fixed width,
   * so their digits compare in order, the separator before the frame (":" or ";") aside.
   */
  private static boolean later(String a, String b) {
    return a.replace(';', ':').compareTo(b.replace(';', ':')) > 0;
  }
}
