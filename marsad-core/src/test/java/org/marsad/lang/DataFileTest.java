package org.marsad.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DataFileTest {

  @Test
  void everyLanguageDataFileHasSourceLicenceAndFormatInItsHeader() throws IOException, URISyntaxException {
    Path root = Path.of(DataFileTest.class.getResource("/lang").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String resource = "/" + root.getParent().relativize(file).toString().replace('\\', '/');
      DataFile data = DataFile.load(resource);
      assertThat(data.header()).as(resource).containsKeys("source", "licence", "format");
      assertThat(data.lines()).as(resource).isNotEmpty();
    }
  }

  @Test
  void aFileWithoutALicenceIsRefusedWithItsPath() {
    String text = "# source: somewhere\n# format: one word a line\nword\n";
    assertThatThrownBy(() -> DataFile.parse("/lang/xx/words.txt", new BufferedReader(new StringReader(text))))
        .hasMessageContaining("/lang/xx/words.txt")
        .hasMessageContaining("licence");
  }

  @Test
  void keepsLineNumbersAndSkipsComments() throws IOException {
    String text = "# source: s\n# licence: l\n# format: f\n\nfirst\n# a comment\nsecond\tfield\t\n";
    DataFile data = DataFile.parse("/x", new BufferedReader(new StringReader(text)));
    assertThat(data.lines()).extracting(DataFile.Line::number).containsExactly(5, 7);
    assertThat(data.lines().get(1).fields()).containsExactly("second", "field", "");
  }
}
