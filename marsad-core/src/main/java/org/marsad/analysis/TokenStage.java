package org.marsad.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Layer;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.pipeline.Stage;

/** Adds the tokens of every sentence, in text order. */
public final class TokenStage implements Stage {

  private final Tokenizer tokenizer;

  public TokenStage(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Layer adds() {
    return Layer.TOKENS;
  }

  @Override
  public Document apply(Document document) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      tokens.addAll(tokenizer.tokenize(document.text(), sentence.span()));
    }
    return document.withTokens(tokens);
  }
}
