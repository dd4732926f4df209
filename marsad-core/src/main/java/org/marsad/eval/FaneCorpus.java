package org.marsad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;
import org.marsad.lang.DataFile;

/**
 * A FANE corpus (NewsFANE or WikiFANE Gold, Alotaibi &amp; Lee 2014) read as ANERcorp: words as raw
 * news writes them and the four ANERcorp types. FANE splits clitics off as words of their own (و
 * ب ل ف ك س before a word, pronoun suffixes after it, and now and then an initial alef), replaces
 * quotation marks by a lone hamza, and tags 51 fine types with ACE's conventions; this joins the
 * clitics back (a name then starts with its conjunction, وحزب الله, as in ANERcorp), breaks
 * sentences after full stops as the ANERcorp split does, maps the fine types by {@link Conventions},
 * and moves a leading descriptor word (مدينة, شركة) out of the name. Pure.
 */
public final class FaneCorpus {

  private FaneCorpus() {}

  /** What ANERcorp makes of FANE's types and names. */
  public record Conventions(Map<String, String> types, Set<String> descriptors) {

    /** The type map's value for types whose sentences are left out. */
    public static final String DROP = "DROP";

    public Conventions {
      types = Map.copyOf(types);
      descriptors = Set.copyOf(descriptors);
    }

    /** The Arabic conventions: lang/ar/fane-types.tsv and lang/ar/name-descriptors.txt. */
    public static Conventions arabic() {
      Map<String, String> types = new HashMap<>();
      for (Map<String, String> row : DataFile.load("/lang/ar/fane-types.tsv").rows()) {
        types.put(row.get("fine_type"), row.get("anercorp_type"));
      }
      Set<String> descriptors = new HashSet<>();
      for (DataFile.Line line : DataFile.load("/lang/ar/name-descriptors.txt").lines()) {
        descriptors.add(ArabicNormalizer.normalize(line.text()));
      }
      return new Conventions(types, descriptors);
    }
  }

  /** Reads a FANE file (word&lt;TAB&gt;fine BIO tag, blank lines between sentences) as ANERcorp. */
  public static BioCorpus read(Path path, Conventions conventions) throws IOException {
    return asAnercorp(BioCorpus.read(path), conventions);
  }

  /** The sentences with clitics joined, broken after full stops, and types mapped; sentences with a dropped type are left out. */
  public static BioCorpus asAnercorp(BioCorpus fane, Conventions conventions) {
    List<BioCorpus.Sentence> joined = new ArrayList<>();
    for (BioCorpus.Sentence s : fane.sentences()) {
      joined.addAll(brokenAfterFullStops(withCliticsJoined(s)));
    }
    Set<String> nations = nations(joined);
    List<BioCorpus.Sentence> out = new ArrayList<>();
    for (BioCorpus.Sentence s : joined) {
      BioCorpus.Sentence mapped = mapped(s, conventions, nations);
      if (mapped != null) {
        out.add(mapped);
      }
    }
    return new BioCorpus(List.copyOf(out));
  }

  /**
   * The words {@code corpus} tags as part of a MISC name more often than not, and at least twice
   * (دولار, الاسلام, نوبل), as {@link #form}s. FANE has no type for currencies, religions, prizes or
   * events, so its sentences with these words would teach the name finder that they are no names.
   */
  public static Set<String> miscWords(BioCorpus corpus) {
    Map<String, int[]> counts = new HashMap<>();
    for (BioCorpus.Sentence s : corpus.sentences()) {
      for (int i = 0; i < s.words().size(); i++) {
        int[] c = counts.computeIfAbsent(form(s.words().get(i)), k -> new int[2]);
        c[s.tags().get(i).endsWith("-MISC") ? 0 : 1]++;
      }
    }
    Set<String> words = new HashSet<>();
    counts.forEach((w, c) -> {
      if (c[0] >= 2 && c[0] > c[1]) {
        words.add(w);
      }
    });
    return words;
  }

  /** The sentences without any of {@code words} (as {@link #form}s). */
  public static BioCorpus without(BioCorpus corpus, Set<String> words) {
    List<BioCorpus.Sentence> kept = new ArrayList<>();
    for (BioCorpus.Sentence s : corpus.sentences()) {
      if (s.words().stream().noneMatch(w -> words.contains(form(w)))) {
        kept.add(s);
      }
    }
    return new BioCorpus(List.copyOf(kept));
  }

  /** A word normalised, without its proclitics and article: بالدولار, الدولار and دولار are one form. */
  static String form(String word) {
    List<Clitics.Reading> readings = Clitics.withoutProclitics(ArabicNormalizer.normalize(word));
    String stem = readings.get(readings.size() - 1).stem();
    return stem.startsWith("ال") && stem.length() > 4 ? stem.substring(2) : stem;
  }

  /** Conjunctions, prepositions and the future prefix FANE writes as words of their own. */
  private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك", "س");
  /** Pronoun suffixes FANE writes as words of their own (ك is decided by its neighbours). */
  private static final Set<String> ENCLITICS = Set.of("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي");
  /** Words the preposition ك joins as a prefix (كما, كمن, كأن). */
  private static final Set<String> AFTER_KAF = Set.of("ما", "من", "ان", "انه", "انها", "ذلك", "هذا", "هذه");

  /**
   * The sentence with its clitics joined to their words: suffixes to the word before (its teh
   * marbuta written ت again, حارة نا → حارتنا), then, right to left, proclitics and a split-off
   * initial alef to the word after (و ب الاضافة → وبالاضافة; ل with the article drops its alef,
   * ل الامم → للامم). A joined word takes its host's tag, but begins the name when the clitic did.
   * Quotation marks written as a lone hamza become quotation marks.
   */
  static BioCorpus.Sentence withCliticsJoined(BioCorpus.Sentence s) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> in = s.words();
    for (int i = 0; i < in.size(); i++) {
      String w = in.get(i).equals("ء") ? "\"" : in.get(i);
      int last = words.size() - 1;
      String next = i + 1 < in.size() ? in.get(i + 1) : "";
      boolean suffix = ENCLITICS.contains(w)
          || w.equals("ك") && !AFTER_KAF.contains(next) && !next.startsWith("ال");
      if (suffix && last >= 0 && isArabic(words.get(last))) {
        String host = words.get(last);
        if (host.endsWith("ة")) {
          host = host.substring(0, host.length() - 1) + "ت";
        } else if (host.endsWith("ى")) {
          host = host.substring(0, host.length() - 1) + "ي";
        }
        words.set(last, host + w);
        continue;
      }
      words.add(w);
      tags.add(s.tags().get(i));
    }
    for (int i = words.size() - 2; i >= 0; i--) {
      String w = words.get(i);
      String next = words.get(i + 1);
      if ((PROCLITICS.contains(w) || w.equals("ا")) && isArabic(next) && next.length() >= 2) {
        String joined = w.equals("ل") && next.startsWith("ال") ? "ل" + next.substring(1) : w + next;
        String tag = tags.get(i + 1);
        if (tags.get(i).startsWith("B-") && tag.equals("I-" + tags.get(i).substring(2))) {
          tag = tags.get(i);
        }
        words.set(i, joined);
        tags.set(i, tag);
        words.remove(i + 1);
        tags.remove(i + 1);
      }
    }
    return new BioCorpus.Sentence(List.copyOf(words), List.copyOf(tags));
  }

  private static boolean isArabic(String word) {
    char c = word.charAt(0);
    return c >= '\u0621' && c <= '\u064A';
  }

  /** The sentence broken after each full stop that has words after it. */
  static List<BioCorpus.Sentence> brokenAfterFullStops(BioCorpus.Sentence s) {
    List<BioCorpus.Sentence> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.words().size(); i++) {
      if (s.words().get(i).equals(".") && i + 1 < s.words().size() && !s.tags().get(i + 1).startsWith("I-")) {
        out.add(new BioCorpus.Sentence(s.words().subList(from, i + 1), s.tags().subList(from, i + 1)));
        from = i + 1;
      }
    }
    out.add(new BioCorpus.Sentence(s.words().subList(from, s.words().size()), s.tags().subList(from, s.tags().size())));
    return out;
  }

  /**
   * The names the corpus tags as nations, normalised: a national team is a LOC in ANERcorp (قطر,
   * تايلاند), though a club named after its city is an ORG (برشلونة).
   */
  private static Set<String> nations(List<BioCorpus.Sentence> sentences) {
    Set<String> places = new HashSet<>();
    for (BioCorpus.Sentence s : sentences) {
      for (BioCorpus.Span span : BioCorpus.spans(s.tags())) {
        if (span.type().equals("Nation")) {
          places.add(key(s.words(), span.start(), span.end()));
        }
      }
    }
    return places;
  }

  private static String key(List<String> words, int from, int to) {
    return ArabicNormalizer.normalize(String.join(" ", words.subList(from, to)));
  }

  /** The sentence with ANERcorp types, or null when one of its names has a type that is dropped. */
  static BioCorpus.Sentence mapped(BioCorpus.Sentence s, Conventions conventions, Set<String> nations) {
    List<String> tags = new ArrayList<>(java.util.Collections.nCopies(s.words().size(), "O"));
    for (BioCorpus.Span span : BioCorpus.spans(s.tags())) {
      String type = conventions.types().getOrDefault(span.type(), "O");
      if (type.equals(Conventions.DROP)) {
        return null;
      }
      if (type.equals("O")) {
        continue;
      }
      if (span.type().equals("Sports") && nations.contains(key(s.words(), span.start(), span.end()))) {
        type = "LOC";
      }
      int start = span.start();
      if (span.end() - start > 1 && isDescriptor(s.words().get(start), conventions)) {
        start++;
      }
      for (int i = start; i < span.end(); i++) {
        tags.set(i, (i == start ? "B-" : "I-") + type);
      }
    }
    return new BioCorpus.Sentence(s.words(), List.copyOf(tags));
  }

  private static boolean isDescriptor(String word, Conventions conventions) {
    for (Clitics.Reading r : Clitics.withoutProclitics(ArabicNormalizer.normalize(word))) {
      if (conventions.descriptors().contains(r.stem())) {
        return true;
      }
    }
    return false;
  }
}
