package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.lang.DataFile;
import org.marsad.model.Block;
import org.marsad.model.Discourse;
import org.marsad.model.Document;
import org.marsad.model.Heading;
import org.marsad.model.Layer;
import org.marsad.model.Sentence;
import org.marsad.model.SentenceKind;
import org.marsad.model.Span;
import org.marsad.model.Table;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.Stage;

/**
 * Adds each sentence's discourse: heading, other (table cells), commentary (a sentence that
 * opens with a writer's cue — وهذا يفسر, والمثير للدهشة أن — or asks a rhetorical question of its
 * own), quote (mainly quoted words), report; and, inside reporting sentences, the commentary
 * clauses, from a commentary cue to the end of the sentence.
 */
public final class DiscourseStage implements Stage {

  private final Phrases<Boolean> cues = new Phrases<>();

  /** Loads the cue list; {@code value} true means the cue counts only at the start of a clause. */
  public DiscourseStage(DataFile commentaryCues) {
    List<DataFile.Line> lines = commentaryCues.lines();
    for (DataFile.Line line : lines.subList(1, lines.size())) {
      String[] f = line.fields();
      cues.add(f[0], f.length > 1 && f[1].strip().equals("start"));
    }
  }

  public static DiscourseStage arabic() {
    return new DiscourseStage(DataFile.load("/lang/ar/events/commentary.tsv"));
  }

  @Override
  public String name() {
    return "discourse";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Layer adds() {
    return Layer.DISCOURSE;
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<Block> blocks = document.blocks();
    List<List<Token>> bySentence = document.tokensBySentence();
    List<Discourse> out = new ArrayList<>();
    List<Sentence> sentences = document.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      Block block = blocks.get(sentence.block());
      List<Token> tokens = bySentence.get(s);
      if (block instanceof Heading) {
        out.add(new Discourse(SentenceKind.HEADING, List.of()));
      } else if (block instanceof Table) {
        out.add(new Discourse(SentenceKind.OTHER, List.of()));
      } else {
        out.add(classify(text, sentence.span(), tokens));
      }
    }
    return document.withDiscourse(out);
  }

  private Discourse classify(String text, Span sentence, List<Token> tokens) {
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = tokens.get(i).norm();
    }
    List<Span> commentary = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Phrases.Found<Boolean> cue = cues.at(tokens, keys, i);
      if (cue == null) {
        continue;
      }
      boolean clauseStart = i == 0 || tokens.get(i - 1).kind() == TokenKind.PUNCT;
      if (cue.value() && !clauseStart) {
        continue;
      }
      if (i == 0 || (i <= 2 && clauseStart)) {
        return new Discourse(SentenceKind.COMMENTARY, List.of());
      }
      commentary.add(new Span(tokens.get(i).span().start(), sentence.end()));
      break;
    }
    String body = sentence.of(text).strip();
    boolean question = body.endsWith("؟") || body.endsWith("?");
    if (question && !body.contains("«") && !body.contains("\"") && !body.contains("“")) {
      return new Discourse(SentenceKind.COMMENTARY, List.of());
    }
    if (quoted(body)) {
      return new Discourse(SentenceKind.QUOTE, commentary);
    }
    return new Discourse(SentenceKind.REPORT, commentary);
  }

  /** Quotation marks around at least half of the sentence's characters. */
  private static boolean quoted(String body) {
    int inside = 0;
    boolean open = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '«' || c == '“' || (c == '"' && !open)) {
        open = true;
      } else if (c == '»' || c == '”' || (c == '"' && open)) {
        open = false;
      } else if (open) {
        inside++;
      }
    }
    return inside * 2 >= body.length();
  }
}
