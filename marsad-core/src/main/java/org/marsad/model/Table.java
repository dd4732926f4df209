package org.marsad.model;

import java.util.List;

/** A table: an optional header row and body rows, each a list of cells. */
public record Table(Span span, List<Cell> header, List<List<Cell>> rows) implements Block {

  public Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  @Override
  public String kind() {
    return "table";
  }
}
