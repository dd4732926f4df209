package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading gold and prediction files (JSON Lines, small enough to hold) for the eval and train commands. */
final class GoldFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFiles() {}

  /** Every non-blank line of a JSON Lines file, parsed; a bad line fails with the file and line named. */
  static List<JsonNode> read(Path path) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IOException(path + ":" + number + ": malformed JSON", e);
        }
      }
    }
    return out;
  }
}
