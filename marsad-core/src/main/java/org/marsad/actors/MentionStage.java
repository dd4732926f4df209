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
 * (كولومينا, after خافيير كولومينا) and a generic head noun standing for an organisation just
 * named (الحلف after حلف الناتو, الجامعة after جامعة الدول العربية).
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
    for (List<Token> tokens : bySentence) {
      List<Mention> found = recogniser.recognise(text, tokens);
      mentions.addAll(found);
      if (names != null) {
        mentions.addAll(modelNames(tokens, found));
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
  private List<Mention> modelNames(List<Token> tokens, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    for (NameModel.Found f : names.find(tokens)) {
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
    List<Mention> added = new ArrayList<>();
    for (List<Token> tokens : bySentence) {
      for (Token token : tokens) {
        if (token.kind() != TokenKind.ARABIC || covered(token.span(), found) || covered(token.span(), added)) {
          continue;
        }
        for (Clitics.Reading reading : Clitics.withoutProclitics(Clitics.key(token.norm()))) {
          Mention antecedent = antecedent(text, reading.stem(), token.span().start(), found);
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

  /** The latest mention before {@code before} whose family name, or organisation head noun, is {@code word}. */
  private Mention antecedent(String text, String word, int before, List<Mention> found) {
    if (word.length() < 3 || lexicon.isFunctionWord(word) || lexicon.isGivenName(word)) {
      return null;
    }
    Mention best = null;
    for (Mention m : found) {
      if (m.span().start() >= before) {
        continue;
      }
      String[] words = Clitics.key(org.marsad.analysis.ArabicNormalizer.normalize(m.span().of(text))).split("\\s+");
      if (words.length < 2) {
        continue;
      }
      boolean surname = m.type() == EntityType.PERSON && words[words.length - 1].equals(word) && !word.startsWith("ال");
      boolean head = m.type() == EntityType.ORG && m.key() != null && m.key().startsWith("org:")
          && word.equals("ال" + words[0]) && !words[0].startsWith("ال");
      if (surname || head) {
        best = m;
      }
    }
    return best;
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
