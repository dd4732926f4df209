package org.marsad.model;

import java.util.Locale;

/** Whether an event is reported as having happened, and if not, how it is spoken of. */
public enum Modality {
  ACTUAL,
  INTENDED,
  HYPOTHETICAL,
  QUESTION,
  CLAIMED,
  /** Happened, but more than a year before the article. */
  HISTORICAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
