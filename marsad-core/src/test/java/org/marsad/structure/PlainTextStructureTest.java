package org.marsad.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Heading;
import org.marsad.model.ListBlock;
import org.marsad.model.Paragraph;
import org.marsad.model.Table;
import org.junit.jupiter.api.Test;

class PlainTextStructureTest {

  private final PlainTextStructure structure = new PlainTextStructure();

  private static final String LEAD = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني في المرحلة المقبلة.";
  private static final String BODY = "وقال المتحدث باسم الحكومة إن الخطة تشمل إجراءات عاجلة لتخفيف الأعباء عن المواطنين.";

  @Test
  void takesAShortLineWithoutFinalPunctuationBetweenParagraphsForAHeading() {
    String text = LEAD + "\nخطة اقتصادية جديدة\n" + BODY;
    List<Block> blocks = structure.blocks(text);
    assertThat(blocks).extracting(Block::kind).containsExactly("paragraph", "heading", "paragraph");
    assertThat(((Heading) blocks.get(1)).text().of(text)).isEqualTo("خطة اقتصادية جديدة");
  }

  @Test
  void doesNotTakeAShortLastLineForAHeading() {
    String text = LEAD + "\nالمصدر وكالة الأنباء";
    assertThat(structure.blocks(text)).extracting(Block::kind).containsExactly("paragraph", "paragraph");
  }

  @Test
  void doesNotTakeAShortLineEndingInAQuestionMarkForAHeading() {
    String text = "هل تنجح الخطة؟\n" + BODY;
    assertThat(structure.blocks(text)).extracting(Block::kind).containsExactly("paragraph", "paragraph");
  }

  @Test
  void readsMarkdownHeadingsWithTheirLevel() {
    String text = "## عنوان فرعي\n" + BODY;
    Heading heading = (Heading) structure.blocks(text).get(0);
    assertThat(heading.level()).isEqualTo(2);
    assertThat(heading.text().of(text)).isEqualTo("عنوان فرعي");
  }

  @Test
  void joinsHardWrappedLinesIntoOneParagraphWhenBlankLinesSeparateParagraphs() {
    String text = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني في\nالمرحلة المقبلة، وتشمل الخطة إجراءات عاجلة لتخفيف\nالأعباء.\n\n" + BODY;
    List<Block> blocks = structure.blocks(text);
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).span().of(text)).startsWith("أعلنت").endsWith("الأعباء.");
  }

  @Test
  void keepsEachLineAParagraphWhenSingleLineBreaksSeparateParagraphs() {
    String text = LEAD + "\n" + BODY;
    assertThat(structure.blocks(text)).hasSize(2).allMatch(b -> b instanceof Paragraph);
  }

  @Test
  void recoversAPipeTableFlattenedOneCellPerLine() {
    String text = LEAD + "\n| المسؤول |\nالجهة |\nالنشاط |\n| أحمد علي |\nوزارة الخارجية |\nزيارة رسمية |\n| سارة حسن |\nالأمم المتحدة |\nاتصال هاتفي |\n" + BODY;
    List<Block> blocks = structure.blocks(text);
    assertThat(blocks).extracting(Block::kind).containsExactly("paragraph", "table", "paragraph");
    Table table = (Table) blocks.get(1);
    assertThat(cells(table.header(), text)).containsExactly("المسؤول", "الجهة", "النشاط");
    assertThat(table.rows()).hasSize(2);
    assertThat(cells(table.rows().get(1), text)).containsExactly("سارة حسن", "الأمم المتحدة", "اتصال هاتفي");
  }

  @Test
  void recoversAMarkdownPipeTableAndSkipsItsSeparatorRow() {
    String text = "| الدولة | العاصمة |\n|---|:---:|\n| مصر | القاهرة |\n| الأردن | عمّان |\n";
    Table table = (Table) structure.blocks(text).get(0);
    assertThat(cells(table.header(), text)).containsExactly("الدولة", "العاصمة");
    assertThat(table.rows()).hasSize(2);
    assertThat(cells(table.rows().get(1), text)).containsExactly("الأردن", "عمّان");
  }

  @Test
  void keepsEmptyMarkdownCellsInPlace() {
    String text = "| a | b | c |\n|---|---|---|\n| 1 |  | 3 |\n";
    Table table = (Table) structure.blocks(text).get(0);
    assertThat(cells(table.rows().get(0), text)).containsExactly("1", "", "3");
  }

  @Test
  void aSingleLineWithPipesIsNotATable() {
    String text = "| ملاحظة |\n" + BODY;
    assertThat(structure.blocks(text)).noneMatch(b -> b instanceof Table);
  }

  @Test
  void recoversBulletedListsWithAnyCommonBullet() {
    String text = "- البند الأول\n* البند الثاني\n• البند الثالث";
    ListBlock list = (ListBlock) structure.blocks(text).get(0);
    assertThat(list.ordered()).isFalse();
    assertThat(list.items()).extracting(i -> i.span().of(text))
        .containsExactly("البند الأول", "البند الثاني", "البند الثالث");
  }

  @Test
  void recoversNumberedListsInLatinAndArabicIndicDigits() {
    String text = "1. الأول\n2) الثاني\n(3) الثالث\n١. الرابع\n٢- الخامس";
    ListBlock list = (ListBlock) structure.blocks(text).get(0);
    assertThat(list.ordered()).isTrue();
    assertThat(list.items()).extracting(i -> i.span().of(text))
        .containsExactly("الأول", "الثاني", "الثالث", "الرابع", "الخامس");
  }

  @Test
  void aDecimalNumberAtTheStartOfALineIsNotAListMarker() {
    String text = "3.5 مليون لاجئ عادوا إلى بلادهم هذا العام بحسب الأمم المتحدة.";
    assertThat(structure.blocks(text)).singleElement().isInstanceOf(Paragraph.class);
  }

  @Test
  void indentedLinesContinueTheListItemAbove() {
    String text = "- البند الأول\n  وتكملته\n- البند الثاني";
    ListBlock list = (ListBlock) structure.blocks(text).get(0);
    assertThat(list.items()).hasSize(2);
    assertThat(list.items().get(0).span().of(text)).isEqualTo("البند الأول\n  وتكملته");
  }

  @Test
  void handlesWindowsLineEnds() {
    String text = LEAD + "\r\nعنوان قصير\r\n" + BODY + "\r\n";
    List<Block> blocks = structure.blocks(text);
    assertThat(blocks).extracting(Block::kind).containsExactly("paragraph", "heading", "paragraph");
    assertThat(blocks.get(2).span().of(text)).isEqualTo(BODY);
  }

  @Test
  void emptyAndBlankTextHaveNoBlocks() {
    assertThat(structure.blocks("")).isEmpty();
    assertThat(structure.blocks(" \n\t\n\u200F")).isEmpty();
  }

  private static List<String> cells(List<Cell> cells, String text) {
    return cells.stream().map(c -> c.span().of(text)).toList();
  }
}
