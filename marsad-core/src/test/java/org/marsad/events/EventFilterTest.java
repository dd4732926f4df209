package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {

  /** Candidates whose cue word tells real events (casualty) from background ones (history), with noise words. */
  private static void data(List<String[]> x, List<Boolean> y) {
    for (int i = 0; i < 200; i++) {
      boolean real = i % 3 != 0;
      x.add(new String[] {"bias", real ? "cue=casualty" : "cue=history", "noise=" + (i % 7)});
      y.add(real);
    }
  }

  @Test
  void baggedModelsLearnAndSurviveWritingAndReading() throws Exception {
    List<String[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    data(x, y);
    EventFilter filter = EventFilter.train(x, y, 100, 5);
    String[] real = {"bias", "cue=casualty", "noise=2"};
    String[] background = {"bias", "cue=history", "noise=2"};
    assertTrue(filter.probability(real) > 0.8, "a casualty cue reads as an event");
    assertTrue(filter.probability(background) < 0.2, "a history cue reads as background");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    filter.write(out);
    EventFilter read = EventFilter.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(filter.probability(real), read.probability(real), 1e-12);
    assertEquals(filter.probability(background), read.probability(background), 1e-12);
  }

  @Test
  void baggingIsRepeatable() throws Exception {
    List<String[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    data(x, y);
    String[] probe = {"bias", "cue=casualty", "noise=5"};
    assertEquals(EventFilter.train(x, y, 50, 3).probability(probe), EventFilter.train(x, y, 50, 3).probability(probe), 1e-12);
  }

  @Test
  void typeThresholdsHoldForSentencesGivenAloneAndOneThresholdForArticles() throws Exception {
    List<String[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    data(x, y);
    EventFilter filter = EventFilter.train(x, y, 20, 1).withThresholds(0.2, java.util.Map.of("ASSAULT", 0.5));
    assertEquals(0.5, filter.threshold("ASSAULT", true), 1e-12);
    assertEquals(0.2, filter.threshold("ASSAULT", false), 1e-12);
    assertEquals(0.2, filter.threshold("PROTEST", true), 1e-12);
  }
}
