package org.marsad.spark;

import java.io.Serializable;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.read.Problem;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreWriter;

/**
 * The adapter around the coder, one partition at a time: codes each article as it is pulled,
 * writes it as the command line's JSON ({@link DocumentJson}, compact, as {@code --to jsonl}) into
 * a {@link Schema#CODED} row, and counts. An article the coder throws on becomes a "failed" row,
 * never a failed task. With a store, the coded documents also go to it, a batch per transaction.
 */
final class Coding implements Serializable {

  /** What a reader delivered for one input: an article, or a problem. */
  record Read(String input, Document document, Problem problem) {}

  static final int STORE_BATCH = 200;

  /**
   * SQLite takes one writer at a time, and a transaction that reads before it writes (as a batch
   * does, to skip known articles) gets SQLITE_BUSY instead of waiting. An embedded store only
   * makes sense in local mode, where all tasks share this JVM, so they take turns here (SQLite's
   * busy timeout does not help: a writer holding an older snapshot gets SQLITE_BUSY_SNAPSHOT).
   */
  private static final Object EMBEDDED_WRITES = new Object();

  private final Coder coder;
  private final Counters counters;
  private final String store;

  /** {@code store} is a store location ({@link Store#open}) or {@code null} for none. */
  Coding(Coder coder, Counters counters, String store) {
    this.coder = coder;
    this.counters = counters;
    this.store = store;
  }

  /** The rows of a partition's reads, coded lazily as they are pulled. */
  Iterator<Row> code(Iterator<Read> reads) {
    return new Rows(reads);
  }

  private final class Rows implements Iterator<Row> {
    private final Iterator<Read> reads;
    private final DocumentJson json = new DocumentJson(new DocumentJson.Options(false, false));
    private final List<Document> batch = new ArrayList<>();
    private Store opened;
    private StoreWriter writer;

    Rows(Iterator<Read> reads) {
      this.reads = reads;
      TaskContext task = TaskContext.get();
      if (task != null && store != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) done -> close());
      }
    }

    @Override
    public boolean hasNext() {
      boolean more = reads.hasNext();
      if (!more) {
        flush();
      }
      return more;
    }

    @Override
    public Row next() {
      Read read = reads.next();
      return read.problem() != null ? unreadable(read) : code(read);
    }

    private Row unreadable(Read read) {
      counters.unreadable.add(1);
      System.err.println("marsad: " + read.problem());
      return RowFactory.create(read.input(), null, "unreadable", read.problem().message(), null);
    }

    private Row code(Read read) {
      Document document = read.document();
      String id = document.article().id();
      try {
        Document coded = coder.code(document);
        String line = json(coded);
        int events = coded.events().size();
        counters.articles.add(1);
        counters.events.add(events);
        if (events == 0) {
          counters.empty.add(1);
        }
        if (store != null) {
          batch.add(coded);
          if (batch.size() >= STORE_BATCH) {
            flush();
          }
        }
        return RowFactory.create(read.input(), id, "coded", null, line);
      } catch (RuntimeException | StackOverflowError e) {
        counters.failed.add(1);
        System.err.println("marsad: " + new Problem(read.input(), 0, "internal error while coding article " + id + ": " + e));
        return RowFactory.create(read.input(), id, "failed", e.toString(), json(document));
      }
    }

    private String json(Document document) {
      StringWriter out = new StringWriter();
      try {
        json.write(document, out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toString().stripTrailing();
    }

    /** Stores the batch; a store that cannot be written fails the task (Spark retries it; writes are idempotent). */
    private void flush() {
      if (batch.isEmpty()) {
        return;
      }
      if (opened == null) {
        opened = Store.open(store);
      }
      try {
        if (opened.embedded()) {
          synchronized (EMBEDDED_WRITES) {
            write();
          }
        } else {
          write();
        }
      } catch (SQLException e) {
        throw new StoreException(opened.shown() + ": cannot write: " + e.getMessage(), e);
      }
      batch.clear();
    }

    /** A new SQLite writer reads the schema when it is made, so it is made under the same turn as its first write. */
    private void write() throws SQLException {
      if (writer == null) {
        writer = opened.writer();
      }
      writer.write(batch);
    }

    private void close() {
      if (writer != null) {
        try {
          writer.close();
        } catch (SQLException e) {
          // the batches are committed already; nothing is lost
        }
        writer = null;
      }
    }
  }
}
