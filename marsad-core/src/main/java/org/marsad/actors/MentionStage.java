package org.marsad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Clitics;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Layer;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.Stage;

/**
 * Adds actor mentions: first sentence by sentence with the {@link ActorRecogniser}, then over the
 * whole article for later references that only make sense in context: a family name alone
 * (دوجاريك, after ستيفان دوجاريك) and a generic head noun standing for an organisation just
 * named (الحركة after حركة حماس, المنظمة after منظمة التجارة العالمية).
 */
public final class MentionStage implements Stage {

  private final ActorRecogniser recogniser;
  private final ActorLexicon lexicon;
  private final NameModel names;

  /** With {@code names} null, only the lexicons and patterns recognise actors. */
  public MentionStage(ActorLexicon lexicon, NameModel names) {
    this.lexicon = lexicon;
    this.recogniser = new ActorRecogniser(lexicon);
    this.names = names;
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Layer adds() {
    return Layer.MENTIONS;
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<List<Token>> bySentence = document.tokensBySentence();
    List<Mention> mentions = new ArrayList<>();
    List<List<NameModel.Found>> modelFound = names == null ? null : names.findAll(bySentence);
    for (int s = 0; s < bySentence.size(); s++) {
      List<Token> tokens = bySentence.get(s);
      List<Mention> found = recogniser.recognise(text, tokens);
      mentions.addAll(found);
      if (names != null) {
        mentions.addAll(modelNames(tokens, modelFound.get(s), found));
      }
    }
    mentions.addAll(laterReferences(text, bySentence, mentions));
    mentions.sort(Comparator.comparing(Mention::span));
    return document.withMentions(mentions);
  }

  /**
   * Names the statistical model finds where the lexicons and patterns found nothing. The model
   * knows no country or sector; places it finds are GPE, and MISC names are left out.
   */
  private List<Mention> modelNames(List<Token> tokens, List<NameModel.Found> model, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    for (NameModel.Found f : model) {
      EntityType type = switch (f.type()) {
        case "PERS" -> EntityType.PERSON;
        case "ORG" -> EntityType.ORG;
        case "LOC" -> EntityType.GPE;
        default -> null;
      };
      if (type == null) {
        continue;
      }
      Token first = tokens.get(f.from());
      int prefix = 0;
      for (Clitics.Reading reading : Clitics.withoutProclitics(Clitics.key(first.norm()))) {
        if (reading.prefixChars() > 0 && (first.norm().startsWith("وال") || first.norm().startsWith("بال")
            || first.norm().startsWith("لل") || first.norm().startsWith("و"))) {
          prefix = reading.prefixChars();
          break;
        }
      }
      Span span = new Span(first.span().start() + ActorRecogniser.offsetOf(first, prefix), tokens.get(f.to() - 1).span().end());
      if (!span.isEmpty() && !covered(span, found)) {
        out.add(new Mention(span, type, null, null, null, null, Mention.Recogniser.MODEL, Mention.Form.NAME));
      }
    }
    return out;
  }

  /** Family names alone and head nouns of organisations, after the full name was seen. */
  private List<Mention> laterReferences(String text, List<List<Token>> bySentence, List<Mention> found) {
    // the words that can refer back, each to the mentions it can refer to, in text order
    java.util.Map<String, List<Mention>> referents = new java.util.HashMap<>();
    for (Mention m : found) {
      String[] words = Clitics.key(org.marsad.analysis.ArabicNormalizer.normalize(m.span().of(text))).split("\\s+");
      if (words.length < 2) {
        continue;
      }
      String last = words[words.length - 1];
      if (m.type() == EntityType.PERSON && !last.startsWith("ال")) {
        referents.computeIfAbsent(last, w -> new ArrayList<>()).add(m); // دوجاريك after ستيفان دوجاريك
      }
      if (m.type() == EntityType.ORG && m.key() != null && m.key().startsWith("org:") && !words[0].startsWith("ال")) {
        referents.computeIfAbsent("ال" + words[0], w -> new ArrayList<>()).add(m); // الحركة after حركة حماس
      }
    }
    List<Mention> added = new ArrayList<>();
    if (referents.isEmpty()) {
      return added;
    }
    List<Span> taken = new ArrayList<>();
    for (Mention m : found) {
      taken.add(m.span());
    }
    taken.sort(null);
    for (List<Token> tokens : bySentence) {
      for (Token token : tokens) {
        if (token.kind() != TokenKind.ARABIC || overlapsAny(token.span(), taken)) {
          continue;
        }
        for (Clitics.Reading reading : Clitics.withoutProclitics(Clitics.key(token.norm()))) {
          String word = reading.stem();
          List<Mention> candidates = referents.get(word);
          if (candidates == null || word.length() < 3 || lexicon.isFunctionWord(word) || lexicon.isGivenName(word)) {
            continue;
          }
          Mention antecedent = null;
          for (Mention m : candidates) {
            if (m.span().start() < token.span().start()) {
              antecedent = m;
            }
          }
          if (antecedent != null) {
            int start = token.span().start() + ActorRecogniser.offsetOf(token, reading.prefixChars());
            added.add(new Mention(new Span(start, token.span().end()), antecedent.type(),
                antecedent.key() != null ? antecedent.key() : "name:" + Clitics.key(org.marsad.analysis.ArabicNormalizer.normalize(antecedent.span().of(text))),
                antecedent.country(), antecedent.sector(), antecedent.role(), Mention.Recogniser.CONTEXT,
                Mention.Form.REFERENCE));
            break;
          }
        }
      }
    }
    return added;
  }

  /** Whether {@code span} overlaps one of {@code sorted} (sorted by start, not overlapping each other much). */
  private static boolean overlapsAny(Span span, List<Span> sorted) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < span.end()) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // sorted.get(hi) is the last span starting before span.end(); look back over a few for overlap
    for (int k = hi; k >= 0 && k >= hi - 8; k--) {
      if (sorted.get(k).overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(Span span, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
