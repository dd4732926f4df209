package org.marsad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.marsad.read.Format;

/**
 * The files behind the {@code --input} paths, listed on the driver through Hadoop's file systems
 * (local, HDFS, S3 with the cluster's connectors): files, folders (recursively, skipping hidden
 * {@code .name} and {@code _name} files) and globs. JSON Lines files are split into lines by
 * Spark; the others are read whole.
 *
 * @param jsonLines files read line by line ({@code .jsonl}, {@code .ndjson}, {@code .jsonlines}, or all with {@code --from jsonl})
 * @param whole files read whole (text, HTML, WARC, feeds, unknown)
 */
record Inputs(List<String> jsonLines, List<String> whole) {

  /** A path that names no readable file; the message is one line for the user. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  static Inputs list(List<String> paths, Format from, Configuration hadoop) throws Unreadable {
    List<String> jsonLines = new ArrayList<>();
    List<String> whole = new ArrayList<>();
    for (String given : paths) {
      List<FileStatus> files = files(given, hadoop);
      if (files.isEmpty()) {
        throw new Unreadable(given + ": no files to read");
      }
      for (FileStatus file : files) {
        Format format = from != Format.AUTO ? from : Format.byExtension(file.getPath().getName());
        (format == Format.JSONL ? jsonLines : whole).add(file.getPath().toString());
      }
    }
    return new Inputs(List.copyOf(jsonLines), List.copyOf(whole));
  }

  private static List<FileStatus> files(String given, Configuration hadoop) throws Unreadable {
    List<FileStatus> files = new ArrayList<>();
    try {
      Path path = new Path(given);
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new Unreadable(given + ": no such file or folder");
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> all = fs.listFiles(match.getPath(), true);
          while (all.hasNext()) {
            LocatedFileStatus file = all.next();
            if (!hidden(file.getPath(), match.getPath())) {
              files.add(file);
            }
          }
        } else {
          files.add(match);
        }
      }
    } catch (FileNotFoundException e) {
      throw new Unreadable(given + ": no such file or folder");
    } catch (org.apache.hadoop.security.AccessControlException e) {
      throw new Unreadable(given + ": permission denied");
    } catch (IOException | IllegalArgumentException e) {
      throw new Unreadable(given + ": cannot read: " + firstLine(e));
    }
    files.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
    return files;
  }

  /** Whether a file under {@code root} is hidden: itself or a folder on the way named {@code .x} or {@code _x}. */
  private static boolean hidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = message.indexOf('\n');
    return (nl >= 0 ? message.substring(0, nl) : message).trim();
  }
}
