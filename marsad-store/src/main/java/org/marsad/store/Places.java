package org.marsad.store;

import java.util.HashMap;
import java.util.Map;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.lang.DataFile;

/**
 * Coordinates of the places of the Arabic gazetteer ({@code lang/ar/actors/places.tsv}), by
 * normalised name and country, to put events on a map. Immutable once loaded.
 */
final class Places {

  record Point(double lat, double lon) {}

  private final Map<String, Point> points;

  private Places(Map<String, Point> points) {
    this.points = Map.copyOf(points);
  }

  static Places arabic() {
    Map<String, Point> points = new HashMap<>();
    for (Map<String, String> row : DataFile.load("/lang/ar/actors/places.tsv").rows()) {
      String lat = row.get("lat");
      String lon = row.get("lon");
      if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
        continue;
      }
      Point p = new Point(Double.parseDouble(lat), Double.parseDouble(lon));
      // its own spellings, and those it shares with a place abroad (طرابلس in Lebanon)
      for (String names : new String[] {row.get("names_ar"), row.get("shared_ar")}) {
        for (String name : names == null ? new String[0] : names.split("\\|")) {
          points.putIfAbsent(key(name, row.get("country")), p);
        }
      }
    }
    return new Places(points);
  }

  /** The place's coordinates, or {@code null} when the gazetteer does not know it in that country. */
  Point find(String name, String country) {
    if (name == null || country == null) {
      return null;
    }
    Point p = points.get(key(name, country));
    if (p == null && ArabicNormalizer.normalize(name).startsWith("ال")) {
      p = points.get(key(name.substring(name.indexOf('ل') + 1), country));
    }
    return p;
  }

  private static String key(String name, String country) {
    return country + ":" + ArabicNormalizer.normalize(name.strip());
  }
}
