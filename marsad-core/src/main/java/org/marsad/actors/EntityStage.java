package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Layer;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Table;
import org.marsad.pipeline.Stage;

/**
 * Groups mentions into the article's entities and resolves what one mention cannot tell alone: a
 * state body named without its country takes the country of the place in its sentence, or else the
 * article's main country (وزارة الدفاع in a sentence about Riyadh is Saudi Arabia's); a table row
 * (person | body | activity) gives the person the body's country and sector.
 */
public final class EntityStage implements Stage {

  private final ActorLexicon lexicon;

  public EntityStage(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public Layer adds() {
    return Layer.ENTITIES;
  }

  /** The entity being built. */
  private static final class Draft {
    final List<Integer> mentions = new ArrayList<>();
    EntityType type;
    String name;
    String latin;
    String country;
    String sector;
    String role;
    String organisation;
    String wikidata;
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<Mention> mentions = document.mentions();
    String mainCountry = mainCountry(mentions);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String country = m.country();
      String key = m.key();
      if (key != null && (key.startsWith("institution:") || key.startsWith("club:")) && key.endsWith(":?")) {
        country = countryInContext(document, mentions, i, mainCountry);
        key = key.substring(0, key.length() - 1) + (country == null ? "?" : country);
      }
      if (country == null && !Participant.statelessSector(m.sector()) && m.type() != EntityType.LOC
          && (m.type() == EntityType.PERSON || m.by() == Mention.Recogniser.MODEL)) {
        // the guidelines' rule: an unqualified person, or a body or place no lexicon knows, belongs
        // to the article's country; an official of an IGO or a member of a transnational armed group
        // serves no state
        country = mainCountry;
      }
      if (key == null) {
        key = "name:" + Clitics.key(ArabicNormalizer.normalize(m.span().of(text)));
      }
      Draft d = drafts.computeIfAbsent(key, k -> new Draft());
      d.mentions.add(i);
      fill(d, m, country, text);
    }
    for (Block block : document.blocks()) {
      if (block instanceof Table table) {
        linkTableRows(table, mentions, drafts);
      }
    }
    List<Entity> entities = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Draft> e : drafts.entrySet()) {
      Draft d = e.getValue();
      entities.add(new Entity("e" + (++n), d.type, d.name, d.latin, d.country, d.sector, d.role, d.organisation,
          d.wikidata, d.mentions));
    }
    return document.withEntities(entities);
  }

  private void fill(Draft d, Mention m, String country, String text) {
    ActorEntry entry = m.key() == null ? null : lexicon.entry(m.key());
    if (d.type == null) {
      d.type = m.type();
    }
    if (entry != null && d.latin == null) {
      d.name = entry.name();
      d.latin = entry.latin();
      d.wikidata = entry.wikidata();
      d.organisation = entry.organisation();
    }
    String surface = m.span().of(text);
    if (entry == null && (d.name == null || (m.by() != Mention.Recogniser.CONTEXT && surface.length() > d.name.length()))) {
      d.name = surface;
    }
    d.country = d.country != null ? d.country : country;
    d.sector = d.sector != null ? d.sector : m.sector();
    d.role = d.role != null ? d.role : m.role();
  }

  /**
   * The country the article is mostly about: the state its place names and nationality adjectives
   * name most often, ties going to the state its actors of every kind name most often (one Tunisian
   * and one Algerian adjective, and حركة نداء تونس: Tunisia); where it names no state, the most
   * frequent country of its actors (الجيش الفلبيني).
   */
  public static String mainCountry(List<Mention> mentions) {
    Map<String, Integer> places = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    List<String> seen = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.country() == null) {
        continue;
      }
      if (all.merge(m.country(), 1, Integer::sum) == 1) {
        seen.add(m.country());
      }
      if (m.type() == EntityType.GPE) {
        places.merge(m.country(), 1, Integer::sum);
      }
    }
    String best = null;
    for (String c : seen) { // in order of first mention, so that a full tie goes to the first named
      if (best == null || places.getOrDefault(c, 0) > places.getOrDefault(best, 0)
          || places.getOrDefault(c, 0).equals(places.getOrDefault(best, 0)) && all.get(c) > all.get(best)) {
        best = c;
      }
    }
    return best;
  }

  /** The country of the nearest place mentioned in the same sentence, else the article's main country. */
  private static String countryInContext(Document document, List<Mention> mentions, int index, String mainCountry) {
    Span span = mentions.get(index).span();
    Span sentence = null;
    for (Sentence s : document.sentences()) {
      if (s.span().contains(span)) {
        sentence = s.span();
        break;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.type() == EntityType.GPE && m.country() != null && sentence != null && sentence.contains(m.span())) {
        int distance = Math.abs(m.span().start() - span.start());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = m.country();
        }
      }
    }
    return best != null ? best : mainCountry;
  }

  /** Person | body | ...: the person acts for the body. */
  private static void linkTableRows(Table table, List<Mention> mentions, Map<String, Draft> drafts) {
    List<List<Cell>> rows = new ArrayList<>(table.rows());
    for (List<Cell> row : rows) {
      if (row.size() < 2) {
        continue;
      }
      Draft person = draftIn(row.get(0).span(), mentions, drafts, EntityType.PERSON);
      Draft body = draftIn(row.get(1).span(), mentions, drafts, EntityType.ORG);
      if (person != null && body != null) {
        person.country = person.country != null ? person.country : body.country;
        person.sector = person.sector != null ? person.sector : body.sector;
      }
    }
  }

  private static Draft draftIn(Span cell, List<Mention> mentions, Map<String, Draft> drafts, EntityType type) {
    for (Draft d : drafts.values()) {
      if (d.type != type) {
        continue;
      }
      for (int i : d.mentions) {
        if (cell.contains(mentions.get(i).span())) {
          return d;
        }
      }
    }
    return null;
  }
}
