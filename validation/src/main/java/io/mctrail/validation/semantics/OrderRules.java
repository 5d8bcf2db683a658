package io.mctrail.validation.semantics;

import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/**
 * Relations between two values of one job that the API implies and its documentation leaves
 * implicit: a clip or an overlay ends no earlier than it starts, a minimum is no greater than its
 * maximum, an average bitrate no greater than the peak, an image's fade-in no longer than the time
 * it is shown. Each compares two values only when both are there and readable.
 */
final class OrderRules implements Concern {

  static final Rule CLIP_REVERSED =
      Sources.rule(
          "clip-timecodes-reversed",
          Severity.ERROR,
          "An input clipping, a video overlay or an overlay's clipping ends before it starts: its"
              + " end timecode is earlier than its start timecode, so it holds no frame.",
          Sources.model(
                  "InputClipping.StartTimecode and InputClipping.EndTimecode",
                  "The frame corresponding to the Start timecode value is included in the clip."
                      + " [...] The frame corresponding to the End timecode value is included in"
                      + " the clip")
              + "; VideoOverlay: \"Your overlay will be active starting with this frame\" and"
              + " \"active through this frame\". Both ends are included, so an end equal to the"
              + " start is one frame and an earlier end is none.");

  static final Rule RANGE_REVERSED =
      Sources.rule(
          "range-reversed",
          Severity.WARNING,
          "A minimum is greater than its maximum: HDR10 metadata's minimum above its maximum"
              + " mastering display luminance, or its maximum frame-average light level above its"
              + " maximum content light level; Dolby Vision level 6 MaxFALL above MaxCLL; an"
              + " automated ABR stack's minimum bitrate above its maximum.",
          Sources.model(
                  "Hdr10Metadata.MinLuminance and Hdr10Metadata.MaxLuminance",
                  "Nominal minimum mastering display luminance in units of of 0.0001 candelas per"
                      + " square meter")
              + " (the maximum in the same units); Hdr10Metadata.MaxFrameAverageLightLevel:"
              + " \"Maximum average light level of any frame\", which no frame's brightest pixel"
              + " (MaxContentLightLevel) can be below; DolbyVisionLevel6Metadata (MaxFall, MaxCll),"
              + " likewise; AutomatedAbrSettings.MinAbrBitrate and MaxAbrBitrate: \"the minimum"
              + " average bitrate\", \"the maximum average bitrate\" of the stack");

  static final Rule AVERAGE_ABOVE_PEAK =
      Sources.rule(
          "average-bitrate-above-max",
          Severity.WARNING,
          "A video output's average bitrate is above its maximum bitrate: bitrate above maxBitrate"
              + " with VBR rate control, or the QVBR maxAverageBitrate above maxBitrate.",
          Sources.model(
                  "H264Settings.MaxBitrate",
                  "Maximum bitrate in bits/second. For example, enter five megabits per second as"
                      + " 5000000")
              + "; H264Settings.Bitrate: \"Specify the average bitrate in bits per second\";"
              + " H264QvbrSettings.MaxAverageBitrate: \"the service limits the average bitrate of"
              + " the video part of this output to the value that you choose\" (and likewise for"
              + " H.265, MPEG-2, VP8 and VP9). An average cannot exceed the peak.");

  static final Rule FADE_IN_LONGER =
      Sources.rule(
          "fade-in-longer-than-duration",
          Severity.WARNING,
          "An inserted image fades in for longer than it is shown: fadeIn is greater than"
              + " duration, which includes the fade-in.",
          Sources.model(
              "InsertableImage.Duration and InsertableImage.FadeIn",
              "Specify the time, in milliseconds, for the image to remain on the output video."
                  + " This duration includes fade-in time but not fade-out time"));

  /** Pairs of members of one object whose first may not be greater than its second. */
  private static final List<String[]> HDR10_PAIRS =
      List.of(
          new String[] {"minLuminance", "maxLuminance"},
          new String[] {"maxFrameAverageLightLevel", "maxContentLightLevel"});

  @Override
  public List<Rule> rules() {
    return List.of(CLIP_REVERSED, RANGE_REVERSED, AVERAGE_ABOVE_PEAK, FADE_IN_LONGER);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (Node input : tree.inputs()) {
      for (Node clipping : input.list("inputClippings")) {
        timecodes(clipping, "an input clipping", findings);
      }
      for (Node overlay : input.list("videoOverlays")) {
        timecodes(overlay, "a video overlay", findings);
        Node overlayInput = overlay.child("input");
        if (overlayInput != null) {
          for (Node clipping : overlayInput.list("inputClippings")) {
            timecodes(clipping, "a video overlay's input clipping", findings);
          }
        }
      }
      Node selector = input.child("videoSelector");
      if (selector != null) {
        hdr10(selector.child("hdr10Metadata"), findings);
      }
      images(input.child("imageInserter"), findings);
    }
    for (Node group : tree.outputGroups()) {
      Node automated = group.child("automatedEncodingSettings");
      Node abr = automated == null ? null : automated.child("abrSettings");
      if (abr != null) {
        notAbove(abr, "minAbrBitrate", "maxAbrBitrate", RANGE_REVERSED, findings);
      }
    }
    for (SettingsTree.Output output : tree.outputs()) {
      Node video = output.output().child("videoDescription");
      if (video == null) {
        continue;
      }
      Node preprocessors = video.child("videoPreprocessors");
      if (preprocessors != null) {
        Node corrector = preprocessors.child("colorCorrector");
        if (corrector != null) {
          hdr10(corrector.child("hdr10Metadata"), findings);
        }
        Node dolby = preprocessors.child("dolbyVision");
        Node l6 = dolby == null ? null : dolby.child("l6Metadata");
        if (l6 != null) {
          notAbove(l6, "maxFall", "maxCll", RANGE_REVERSED, findings);
        }
        images(preprocessors.child("imageInserter"), findings);
      }
      Node codec = video.child("codecSettings");
      if (codec != null) {
        bitrates(codec, findings);
      }
    }
  }

  /** The average bitrate of every codec's settings in {@code codec} against its maximum. */
  private static void bitrates(Node codec, Findings findings) {
    for (Node settings : codec.objects()) {
      if (settings.is("rateControlMode", "VBR")) {
        notAbove(settings, "bitrate", "maxBitrate", AVERAGE_ABOVE_PEAK, findings);
      } else if (settings.is("rateControlMode", "QVBR")) {
        Node qvbr = settings.child("qvbrSettings");
        Double average = qvbr == null ? null : qvbr.number("maxAverageBitrate");
        Double peak = settings.number("maxBitrate");
        if (average != null && peak != null && average > peak) {
          findings.add(
              AVERAGE_ABOVE_PEAK,
              qvbr.at("maxAverageBitrate"),
              settings.at("maxBitrate"),
              "the QVBR maxAverageBitrate "
                  + Numbers.format(average)
                  + " is above maxBitrate "
                  + Numbers.format(peak),
              "at most " + Numbers.format(peak),
              Numbers.format(average));
        }
      }
    }
  }

  private static void hdr10(Node metadata, Findings findings) {
    if (metadata == null) {
      return;
    }
    for (String[] pair : HDR10_PAIRS) {
      notAbove(metadata, pair[0], pair[1], RANGE_REVERSED, findings);
    }
  }

  private static void images(Node inserter, Findings findings) {
    if (inserter == null) {
      return;
    }
    for (Node image : inserter.list("insertableImages")) {
      notAbove(image, "fadeIn", "duration", FADE_IN_LONGER, findings);
    }
  }

  /** Reports {@code rule} when the number {@code low} of {@code node} is above {@code high}. */
  private static void notAbove(Node node, String low, String high, Rule rule, Findings findings) {
    Double a = node.number(low);
    Double b = node.number(high);
    if (a != null && b != null && a > b) {
      findings.add(
          rule,
          node.at(low),
          node.at(high),
          low + " " + Numbers.format(a) + " is above " + high + " " + Numbers.format(b),
          "at most " + Numbers.format(b),
          Numbers.format(a));
    }
  }

  /** Reports a clip or overlay whose end timecode is earlier than its start timecode. */
  private static void timecodes(Node clip, String what, Findings findings) {
    String start = clip.text("startTimecode");
    String end = clip.text("endTimecode");
    long from = Timecodes.frames(start);
    long to = Timecodes.frames(end);
    if (from >= 0 && to >= 0 && to < from) {
      findings.add(
          CLIP_REVERSED,
          clip.at("endTimecode"),
          clip.at("startTimecode"),
          what + " ends at " + end + ", before it starts at " + start,
          "at or after " + start,
          end);
    }
  }
}
