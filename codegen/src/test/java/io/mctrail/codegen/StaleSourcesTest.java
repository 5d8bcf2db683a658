package io.mctrail.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleSourcesTest {

  @Test
  void removesOnlyTheSourcesTheGeneratorWrote(@TempDir Path root) throws IOException {
    Path pkg = Files.createDirectories(root.resolve("io/mctrail/model/mediaconvert"));
    Path generated = pkg.resolve("GoneShape.java");
    Files.writeString(
        generated, StaleSources.HEADER + " from the X model 1. Do not edit.\nclass A {}\n");
    Path handWritten = pkg.resolve("Mine.java");
    Files.writeString(handWritten, "// my own\nclass B {}\n");
    Path other = root.resolve("notes.txt");
    Files.writeString(other, StaleSources.HEADER);

    assertThat(StaleSources.remove(root)).isEqualTo(1);

    assertThat(generated).doesNotExist();
    assertThat(handWritten).exists();
    assertThat(other).exists();
  }

  @Test
  void aFolderNotYetMadeHasNothingToRemove(@TempDir Path root) {
    assertThat(StaleSources.remove(root.resolve("absent"))).isZero();
  }
}
