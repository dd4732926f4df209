package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Discourse;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Heading;
import org.marsad.model.Layer;
import org.marsad.model.ListBlock;
import org.marsad.model.ListItem;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Table;
import org.marsad.model.Token;

/**
 * Writes a document as one JSON object of the {@value #SCHEMA} schema (docs/schema.md,
 * {@code schema/marsad-article.schema.json}). Every span is written as {@code start}/{@code end}
 * offsets into {@code text}, with the covered text beside it for people.
 */
public final class DocumentJson {

  /** The schema identifier written into each object; bump the number on incompatible change. */
  public static final String SCHEMA = "marsad.article/1";

  /** What to write besides the always-present fields. */
  public record Options(boolean pretty, boolean tokens) {}

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Options options;

  public DocumentJson(Options options) {
    this.options = options;
  }

  /** Writes one object and, for compact output, the line break that ends its JSON Lines record. */
  public void write(Document document, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (options.pretty()) {
        json.useDefaultPrettyPrinter();
      }
      write(document, json);
    }
    out.write('\n');
  }

  private void write(Document document, JsonGenerator json) throws IOException {
    Article article = document.article();
    String text = article.text();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("id", article.id());
    json.writeStringField("source", article.source());
    json.writeStringField("url", article.url());
    json.writeStringField("date", article.date() == null ? null : article.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
    json.writeStringField("language", article.language());
    json.writeStringField("title", article.title());
    json.writeStringField("text", text);
    json.writeArrayFieldStart("warnings");
    for (String warning : document.warnings()) {
      json.writeString(warning);
    }
    json.writeEndArray();
    if (document.has(Layer.BLOCKS)) {
      json.writeArrayFieldStart("blocks");
      for (Block block : document.blocks()) {
        block(block, text, json);
      }
      json.writeEndArray();
    }
    if (document.has(Layer.SENTENCES)) {
      json.writeArrayFieldStart("sentences");
      List<Sentence> sentences = document.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence sentence = sentences.get(i);
        json.writeStartObject();
        span(sentence.span(), text, json);
        json.writeNumberField("block", sentence.block());
        if (document.has(Layer.DISCOURSE)) {
          Discourse d = document.discourse().get(i);
          json.writeStringField("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
          if (!d.commentary().isEmpty()) {
            json.writeArrayFieldStart("commentary");
            for (Span c : d.commentary()) {
              json.writeStartObject();
              span(c, text, json);
              json.writeEndObject();
            }
            json.writeEndArray();
          }
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (document.has(Layer.ENTITIES)) {
      entities(document, json);
    }
    if (document.has(Layer.EVENTS)) {
      events(document, json);
    }
    if (options.tokens() && document.has(Layer.TOKENS)) {
      json.writeArrayFieldStart("tokens");
      for (Token token : document.tokens()) {
        json.writeStartObject();
        json.writeNumberField("start", token.span().start());
        json.writeNumberField("end", token.span().end());
        json.writeStringField("text", token.text());
        json.writeStringField("norm", token.norm());
        json.writeStringField("kind", token.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void events(Document document, JsonGenerator json) throws IOException {
    String text = document.text();
    json.writeArrayFieldStart("events");
    for (Event e : document.events()) {
      json.writeStartObject();
      json.writeStringField("type", e.type());
      json.writeStringField("mode", e.mode());
      json.writeStringField("cameo", e.cameo());
      json.writeStringField("cameo_root", e.root());
      json.writeNumberField("quad_class", e.quadClass());
      json.writeNumberField("goldstein", e.goldstein());
      json.writeArrayFieldStart("contexts");
      for (String c : e.contexts()) {
        json.writeString(c);
      }
      json.writeEndArray();
      participant("source", e.source(), text, json);
      participant("target", e.target(), text, json);
      json.writeBooleanField("symmetric", e.symmetric());
      if (e.location() == null) {
        json.writeNullField("location");
      } else {
        json.writeObjectFieldStart("location");
        span(e.location().span(), text, json);
        json.writeStringField("name", e.location().name());
        json.writeStringField("country", e.location().country());
        json.writeEndObject();
      }
      json.writeStringField("date", e.date() == null ? null : e.date().toString());
      json.writeBooleanField("negated", e.negated());
      json.writeStringField("modality", e.modality().code());
      json.writeObjectFieldStart("trigger");
      span(e.trigger(), text, json);
      json.writeEndObject();
      json.writeObjectFieldStart("sentence");
      Span sentence = document.sentences().get(e.sentence()).span();
      json.writeNumberField("index", e.sentence());
      json.writeNumberField("start", sentence.start());
      json.writeNumberField("end", sentence.end());
      json.writeEndObject();
      json.writeArrayFieldStart("mentions");
      for (Span m : e.mentions()) {
        json.writeStartObject();
        span(m, text, json);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void participant(String field, Participant p, String text, JsonGenerator json) throws IOException {
    if (p == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    json.writeStringField("text", p.span().of(text));
    json.writeNumberField("start", p.span().start());
    json.writeNumberField("end", p.span().end());
    json.writeStringField("name", p.name());
    json.writeStringField("country", p.country());
    json.writeStringField("sector", p.sector());
    json.writeStringField("entity", p.entity());
    json.writeEndObject();
  }

  private static void entities(Document document, JsonGenerator json) throws IOException {
    String text = document.text();
    List<Mention> mentions = document.mentions();
    json.writeArrayFieldStart("entities");
    for (Entity entity : document.entities()) {
      json.writeStartObject();
      json.writeStringField("id", entity.id());
      json.writeStringField("type", entity.type().name());
      json.writeStringField("name", entity.name());
      json.writeStringField("latin", entity.latin());
      json.writeStringField("country", entity.country());
      json.writeStringField("sector", entity.sector());
      json.writeStringField("role", entity.role());
      json.writeStringField("organisation", entity.organisation());
      json.writeStringField("wikidata", entity.wikidata());
      json.writeArrayFieldStart("mentions");
      for (int index : entity.mentions()) {
        Mention m = mentions.get(index);
        json.writeStartObject();
        span(m.span(), text, json);
        json.writeStringField("by", m.by().name().toLowerCase(java.util.Locale.ROOT));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void block(Block block, String text, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", block.kind());
    json.writeNumberField("start", block.span().start());
    json.writeNumberField("end", block.span().end());
    if (block instanceof Heading h) {
      json.writeNumberField("level", h.level());
      json.writeObjectFieldStart("content");
      span(h.text(), text, json);
      json.writeEndObject();
    } else if (block instanceof Table t) {
      json.writeArrayFieldStart("header");
      cells(t.header(), text, json);
      json.writeEndArray();
      json.writeArrayFieldStart("rows");
      for (List<Cell> row : t.rows()) {
        json.writeStartArray();
        cells(row, text, json);
        json.writeEndArray();
      }
      json.writeEndArray();
    } else if (block instanceof ListBlock l) {
      json.writeBooleanField("ordered", l.ordered());
      json.writeArrayFieldStart("items");
      for (ListItem item : l.items()) {
        json.writeStartObject();
        span(item.span(), text, json);
        json.writeEndObject();
      }
      json.writeEndArray();
    } else {
      json.writeStringField("text", block.span().of(text));
    }
    json.writeEndObject();
  }

  private static void cells(List<Cell> cells, String text, JsonGenerator json) throws IOException {
    for (Cell cell : cells) {
      json.writeStartObject();
      span(cell.span(), text, json);
      json.writeEndObject();
    }
  }

  private static void span(Span span, String text, JsonGenerator json) throws IOException {
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    json.writeStringField("text", span.of(text));
  }
}
