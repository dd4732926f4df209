package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Heading;
import org.marsad.model.Layer;
import org.marsad.model.ListBlock;
import org.marsad.model.ListItem;
import org.marsad.model.Paragraph;
import org.marsad.model.Sentence;
import org.marsad.model.Table;

/**
 * The readable report. Each line starts with a Latin label and then the Arabic text as written, so
 * every terminal's own bidi handling lays it out; nothing is padded or aligned in columns, which
 * breaks as soon as right-to-left text is involved.
 */
final class TextReport {

  void write(Document document, PrintWriter out) {
    Article article = document.article();
    String text = article.text();
    int[] lineStarts = lineStarts(text);
    out.println("== article " + article.id());
    line(out, "source", article.source());
    line(out, "url", article.url());
    line(out, "date", article.date() == null ? null : article.date().toString());
    line(out, "language", article.language());
    line(out, "title", article.title());
    for (String warning : document.warnings()) {
      line(out, "warning", warning);
    }
    if (document.has(Layer.BLOCKS)) {
      List<Block> blocks = document.blocks();
      int sentences = document.has(Layer.SENTENCES) ? document.sentences().size() : 0;
      int tokens = document.has(Layer.TOKENS) ? document.tokens().size() : 0;
      out.println("   " + text.length() + " characters, " + blocks.size() + " blocks, " + sentences
          + " sentences, " + tokens + " tokens");
      out.println();
      for (int b = 0; b < blocks.size(); b++) {
        block(out, b, blocks.get(b), text, lineStarts, document);
      }
    }
    if (document.has(Layer.EVENTS)) {
      out.println();
      out.println("-- events (" + document.events().size() + ")");
      int n = 0;
      for (Event e : document.events()) {
        StringBuilder sb = new StringBuilder("  ev").append(++n).append(' ').append(e.type());
        if (e.mode() != null) {
          sb.append('/').append(e.mode());
        }
        sb.append(" cameo=").append(e.cameo()).append(" quad=").append(e.quadClass()).append(" goldstein=").append(e.goldstein());
        sb.append(" modality=").append(e.modality().code());
        if (e.negated()) {
          sb.append(" NEGATED");
        }
        if (e.symmetric()) {
          sb.append(" symmetric");
        }
        out.println(sb);
        out.println("      trigger: [line " + lineOf(lineStarts, e.trigger().start()) + "] " + e.trigger().of(text));
        out.println("      source: " + participant(e.source(), text));
        out.println("      target: " + participant(e.target(), text));
        if (e.location() != null) {
          out.println("      location: " + e.location().span().of(text) + " (" + e.location().country() + ")");
        }
        if (e.date() != null) {
          out.println("      date: " + e.date());
        }
      }
    }
    if (document.has(Layer.ENTITIES)) {
      out.println();
      out.println("-- entities (" + document.entities().size() + ")");
      for (Entity e : document.entities()) {
        StringBuilder sb = new StringBuilder("  ").append(e.id()).append(' ').append(e.type());
        sb.append(" country=").append(e.country() == null ? "-" : e.country());
        sb.append(" sector=").append(e.sector() == null ? "-" : e.sector());
        if (e.latin() != null) {
          sb.append(" latin=").append(e.latin());
        }
        if (e.organisation() != null) {
          sb.append(" org=").append(e.organisation());
        }
        sb.append(" name: ").append(e.name());
        out.println(sb);
        if (e.role() != null) {
          out.println("      role: " + e.role());
        }
        StringBuilder ms = new StringBuilder("      mentions:");
        for (int index : e.mentions()) {
          Mention m = document.mentions().get(index);
          ms.append(" [line ").append(lineOf(lineStarts, m.span().start())).append("] ").append(m.span().of(text)).append(';');
        }
        out.println(ms);
      }
    }
    out.println();
  }

  private static void block(PrintWriter out, int index, Block block, String text, int[] lineStarts, Document document) {
    String where = "line " + lineOf(lineStarts, block.span().start());
    int lastLine = lineOf(lineStarts, Math.max(block.span().start(), block.span().end() - 1));
    if (lastLine != lineOf(lineStarts, block.span().start())) {
      where = "lines " + lineOf(lineStarts, block.span().start()) + "-" + lastLine;
    }
    String head = "[" + (index + 1) + "] ";
    if (block instanceof Heading h) {
      out.println(head + "heading (level " + h.level() + ", " + where + ")");
      out.println("    " + h.text().of(text));
    } else if (block instanceof Paragraph p) {
      out.println(head + "paragraph (" + where + ")");
      if (document.has(Layer.SENTENCES)) {
        int n = 0;
        List<Sentence> sentences = document.sentences();
        for (int si = 0; si < sentences.size(); si++) {
          Sentence s = sentences.get(si);
          if (s.block() == index) {
            String kind = document.has(Layer.DISCOURSE) ? " (" + document.discourse().get(si).kind().name().toLowerCase(java.util.Locale.ROOT) + ")" : "";
            out.println("    s" + (++n) + kind + ": " + s.span().of(text));
          }
        }
      } else {
        out.println("    " + p.span().of(text));
      }
    } else if (block instanceof Table t) {
      int columns = t.header().size();
      for (List<Cell> row : t.rows()) {
        columns = Math.max(columns, row.size());
      }
      out.println(head + "table (" + t.rows().size() + " rows x " + columns + " columns, " + where + ")");
      if (!t.header().isEmpty()) {
        out.println("    header: " + cells(t.header(), text));
      }
      for (int r = 0; r < t.rows().size(); r++) {
        out.println("    row " + (r + 1) + ": " + cells(t.rows().get(r), text));
      }
    } else if (block instanceof ListBlock l) {
      out.println(head + (l.ordered() ? "numbered" : "bulleted") + " list (" + l.items().size() + " items, " + where + ")");
      int n = 0;
      for (ListItem item : l.items()) {
        out.println("    " + (l.ordered() ? (++n) + "." : "-") + " " + item.span().of(text));
      }
    }
  }

  private static String participant(org.marsad.model.Participant p, String text) {
    if (p == null) {
      return "-";
    }
    return p.span().of(text) + " (" + (p.country() == null ? "-" : p.country()) + " " + (p.sector() == null ? "-" : p.sector()) + ")";
  }

  private static String cells(List<Cell> cells, String text) {
    StringBuilder sb = new StringBuilder();
    for (Cell cell : cells) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append(cell.span().of(text));
    }
    return sb.toString();
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.println("   " + label + ": " + value);
    }
  }

  static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The 1-based line of an offset. */
  static int lineOf(int[] lineStarts, int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
