package org.marsad.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One political event, coded in PLOVER and CAMEO at once, with the exact words behind it.
 *
 * @param type the PLOVER event type (AGREE ... ASSAULT)
 * @param mode the PLOVER mode, or {@code null}
 * @param cameo the CAMEO event code (e.g. {@code 042})
 * @param root the CAMEO root ({@code 04})
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein the Goldstein score of the CAMEO code
 * @param contexts PLOVER contexts the sentence supports (diplomatic, military, illegal_drugs ...)
 * @param source who acted, or {@code null}
 * @param target whom it was aimed at, or {@code null}
 * @param symmetric whether source and target act alike (talks between two sides)
 * @param location where it happened: the place's words and country, or {@code null}
 * @param date when, or {@code null}
 * @param negated whether the text says it did not happen
 * @param modality how it is spoken of
 * @param trigger the words that report it
 * @param sentence the index of its sentence
 * @param mentions every stretch of evidence, the trigger's first
 * @param confidence from 0 to 1
 */
public record Event(
    String type, String mode, String cameo, String root, int quadClass, double goldstein, List<String> contexts,
    Participant source, Participant target, boolean symmetric, Location location, LocalDate date, boolean negated,
    Modality modality, Span trigger, int sentence, List<Span> mentions, double confidence) {

  /** Where an event took place. */
  public record Location(Span span, String name, String country) {}

  public Event {
    contexts = List.copyOf(contexts);
    mentions = List.copyOf(mentions);
  }

  public Event withSource(Participant newSource) {
    return new Event(type, mode, cameo, root, quadClass, goldstein, contexts, newSource, target, symmetric, location, date,
        negated, modality, trigger, sentence, mentions, confidence);
  }

  public Event withParties(Participant newSource, Participant newTarget) {
    return new Event(type, mode, cameo, root, quadClass, goldstein, contexts, newSource, newTarget, symmetric, location,
        date, negated, modality, trigger, sentence, mentions, confidence);
  }

  public Event withMentions(List<Span> newMentions) {
    return new Event(type, mode, cameo, root, quadClass, goldstein, contexts, source, target, symmetric, location, date,
        negated, modality, trigger, sentence, newMentions, confidence);
  }

  public Event withConfidence(double newConfidence) {
    return new Event(type, mode, cameo, root, quadClass, goldstein, contexts, source, target, symmetric, location, date,
        negated, modality, trigger, sentence, mentions, newConfidence);
  }
}
