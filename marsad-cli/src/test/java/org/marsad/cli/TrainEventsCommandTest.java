package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train-events} cross-validates over repeated fold assignments and writes a filter that says how. */
class TrainEventsCommandTest {

  @TempDir
  Path dir;

  /** A small judged-sentence file: attacks reported (yes) and attack words in other senses (no). */
  private Path gold() throws IOException {
    String[] yes = {
        "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في الموصل أمس.",
        "قصفت الطائرات الحربية مواقع للمسلحين شمال المدينة فجر اليوم.",
        "اغتال مسلحون مجهولون ضابطا في الشرطة أمام منزله في بغداد.",
        "انفجرت سيارة مفخخة في سوق مزدحم مما أسفر عن مقتل عشرة أشخاص.",
        "هاجم مسلحون قافلة عسكرية على الطريق السريع وقتلوا جنديين.",
        "أطلقت القوات النار على المتظاهرين فقتلت اثنين منهم."};
    String[] no = {
        "ودعا الوزير إلى وقف الهجوم على الحريات العامة في البلاد.",
        "وقال المحلل إن من شأن الهجوم أن يزيد التوتر في المنطقة.",
        "وتحدث الكاتب عن هجوم الفريق في المباراة الأخيرة.",
        "ورفض المتحدث الاتهامات بقتل المدنيين ووصفها بالكاذبة.",
        "وناقش البرلمان قانونا جديدا لمكافحة الإرهاب والتفجيرات.",
        "وحذر الرئيس من إطلاق الصواريخ على المدن الحدودية."};
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < yes.length; k++) {
      lines.add(json.writeValueAsString(java.util.Map.of("id", "y" + k, "text", yes[k], "event_type", "ASSAULT", "label", "yes")));
    }
    for (int k = 0; k < no.length; k++) {
      lines.add(json.writeValueAsString(java.util.Map.of("id", "n" + k, "text", no[k], "event_type", "ASSAULT",
          "label", k % 3 == 0 ? "difficult no" : "easy no")));
    }
    Path file = dir.resolve("assault.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void poolsRepeatedCrossValidationAndRecordsItInTheModel() throws IOException {
    Path out = dir.resolve("model");
    CliRun run = CliRun.of("train-events", "--folds", "2", "--repeats", "2", "--bags", "1", "--iterations", "30",
        "--min-hard-negatives", "0", "--out", out.toString(), gold().toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 repetitions pooled").contains("repetition 1:").contains("repetition 2:");
    JsonNode meta = new ObjectMapper().readTree(out.resolve("event-filter.model.json").toFile());
    assertThat(meta.path("repetitions").asInt()).isEqualTo(2);
    assertThat(meta.path("command").asText()).contains("--repeats 2");
    assertThat(meta.path("threshold_search").asText()).contains("neighbours");
    assertThat(meta.path("cross_validated").path("assault.jsonl").path("tp").asInt()
        + meta.path("cross_validated").path("assault.jsonl").path("fn").asInt()).isEqualTo(12); // 6 positives, twice
    assertThat(Files.size(out.resolve("event-filter.maxent.gz"))).isPositive();
  }

  @Test
  void learnsFromUnanimousJudgementsOnlyButScoresTheSplitOnes() throws IOException {
    Path gold = gold();
    JsonNode[] meta = new JsonNode[2];
    for (int k = 0; k < 2; k++) {
      Path out = dir.resolve("model" + k);
      List<String> args = new ArrayList<>(List.of("train-events", "--folds", "2", "--repeats", "1", "--bags", "1",
          "--iterations", "30", "--min-hard-negatives", "0", "--out", out.toString(), gold.toString()));
      if (k == 1) {
        args.add(1, "--train-on-split-judgements");
      }
      CliRun run = CliRun.of(args.toArray(new String[0]));
      assertThat(run.status()).as(run.err()).isZero();
      meta[k] = new ObjectMapper().readTree(out.resolve("event-filter.model.json").toFile());
    }
    // the two "difficult no" sentences are left out of training by default, not out of the scores
    assertThat(meta[0].path("candidates").asInt()).isLessThan(meta[1].path("candidates").asInt());
    assertThat(meta[0].path("labels").asText()).contains("only unanimous judgements learnt");
    assertThat(meta[1].path("command").asText()).contains("--train-on-split-judgements");
    for (JsonNode m : meta) {
      JsonNode scores = m.path("cross_validated").path("assault.jsonl");
      assertThat(scores.path("tp").asInt() + scores.path("fn").asInt() + scores.path("fp").asInt()
          + scores.path("tn").asInt()).isEqualTo(12);
      assertThat(scores.path("hard_negative_accuracy").isNumber()).isTrue();
    }
  }
}
