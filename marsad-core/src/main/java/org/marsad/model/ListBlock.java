package org.marsad.model;

import java.util.List;

/** A bulleted or numbered list. */
public record ListBlock(Span span, boolean ordered, List<ListItem> items) implements Block {

  public ListBlock {
    items = List.copyOf(items);
  }

  @Override
  public String kind() {
    return "list";
  }
}
