package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileBinsTest {

  private static List<InputFile> files(long... lengths) {
    List<InputFile> out = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      out.add(InputFile.file("f" + i, lengths[i]));
    }
    return out;
  }

  private static List<Integer> sizes(List<FileBin> bins) {
    return bins.stream().map(b -> b.files().size()).toList();
  }

  @Test
  void aSmallArchiveSpreadsOverEveryCore() {
    List<FileBin> bins = FileBins.of(files(10, 10, 10, 10), 128, 1, 4);

    assertThat(sizes(bins)).containsExactly(1, 1, 1, 1);
    assertThat(bins).extracting(FileBin::index).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aLargeArchiveMakesPartitionsOfTheMostBytesAndAFileLargerStandsAlone() {
    assertThat(sizes(FileBins.of(files(40, 40, 40, 40, 300, 40), 100, 10, 1)))
        .containsExactly(2, 2, 1, 1);
  }

  @Test
  void smallFilesWeighTheirOpeningCost() {
    assertThat(sizes(FileBins.of(files(1, 1, 1, 1, 1, 1), 100, 30, 1))).containsExactly(3, 3);
  }

  @Test
  void noFilesMakeNoPartitions() {
    assertThat(FileBins.of(List.of(), 100, 10, 2)).isEmpty();
  }
}
