package org.marsad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The event filters {@code marsad events} and {@code marsad export} share. */
final class EventFilterOptions {

  private static final Set<String> MODALITIES = Set.of("actual", "intended", "hypothetical", "question", "claimed",
      "historical", "all");

  @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "PLOVER event types, e.g. ASSAULT,PROTEST.")
  List<String> types = new ArrayList<>();

  @Option(names = "--quad", split = ",", paramLabel = "N", description = "QuadClass: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.")
  List<Integer> quads = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "NAME|ISO3", description = "An actor on either side: part of its name (Arabic or Latin) or a country code.")
  String actor;

  @Option(names = "--source-country", paramLabel = "ISO3", description = "Country of the source actor.")
  String sourceCountry;

  @Option(names = "--target-country", paramLabel = "ISO3", description = "Country of the target actor.")
  String targetCountry;

  @Option(names = "--sector", paramLabel = "CODE", description = "Sector of either actor: GOV, MIL, COP, REB, IGO ...")
  String sector;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
  String to;

  @Option(names = "--modality", split = ",", paramLabel = "M",
      description = "actual (default), intended, hypothetical, question, claimed, historical, or all.")
  List<String> modalities = new ArrayList<>(List.of("actual"));

  @Option(names = "--negated", paramLabel = "no|yes|any", defaultValue = "no",
      description = "Events said not to happen: no (default), yes (only those), any.")
  String negated;

  @Option(names = "--text", paramLabel = "WORDS", description = "Only events of articles containing these words (full-text search).")
  String text;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events.")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N events.")
  int offset;

  EventQuery query(CommandLine cli, int defaultLimit) {
    Set<String> mods = new LinkedHashSet<>();
    for (String m : modalities) {
      String lower = m.toLowerCase(Locale.ROOT).strip();
      if (!MODALITIES.contains(lower)) {
        throw new CommandLine.ParameterException(cli, "unknown modality '" + m + "' (use " + String.join(", ", MODALITIES.stream().sorted().toList()) + ")");
      }
      mods.add(lower);
    }
    if (mods.contains("all")) {
      mods.clear();
    }
    Boolean neg = switch (negated.toLowerCase(Locale.ROOT)) {
      case "no" -> false;
      case "yes" -> true;
      case "any" -> null;
      default -> throw new CommandLine.ParameterException(cli, "--negated must be no, yes or any");
    };
    for (String code : new String[] {sourceCountry, targetCountry}) {
      if (code != null && !code.matches("[A-Za-z]{3}")) {
        throw new CommandLine.ParameterException(cli, "a country is an ISO 3166 alpha-3 code such as EGY: '" + code + "'");
      }
    }
    try {
      return new EventQuery(types, quads, actor, sourceCountry, targetCountry, sector, date(cli, from), date(cli, to), mods, neg,
          text, limit == null ? defaultLimit : limit, offset);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
  }

  private static LocalDate date(CommandLine cli, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cli, "not a date (YYYY-MM-DD): '" + value + "'");
    }
  }
}
