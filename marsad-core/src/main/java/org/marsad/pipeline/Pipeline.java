package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Layer;

/**
 * A list of stages, checked once when built: each stage's needs must be added by an earlier stage
 * and no two stages may add the same layer. Running skips a stage whose layer the document already
 * has (a reader may bring its own structure, as the HTML reader does).
 */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(List<Stage> stages) {
    Set<Layer> available = EnumSet.of(Layer.TEXT);
    for (Stage stage : stages) {
      List<Layer> missing = new ArrayList<>();
      for (Layer need : stage.needs()) {
        if (!available.contains(need)) {
          missing.add(need);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("stage " + stage.name() + " needs " + missing
            + ": add a stage that adds it before " + stage.name());
      }
      if (!available.add(stage.adds())) {
        throw new IllegalArgumentException("stage " + stage.name() + " adds " + stage.adds()
            + ", which an earlier stage already adds");
      }
    }
    return new Pipeline(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public List<Stage> stages() {
    return stages;
  }

  public Document run(Document document) {
    Document current = document;
    for (Stage stage : stages) {
      if (!current.has(stage.adds())) {
        current = stage.apply(current);
      }
    }
    return current;
  }
}
