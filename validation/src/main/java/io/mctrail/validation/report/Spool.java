package io.mctrail.validation.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Text held back until the end of a report, for the formats that open with totals (the JSON
 * report's summary, JUnit's counts): kept in memory up to a threshold, then in a temporary file, so
 * a report of any length costs a bounded amount of memory. Every character comes back exactly as
 * written, unpaired surrogates included: a character below 128 takes one byte, any other three.
 *
 * <p>Positions ({@link #position()}) count those bytes; {@link #copyTo(Writer, long, long)} gives
 * back the text between two of them. Not thread-safe. {@link #close()} deletes the file.
 */
final class Spool extends Writer {

  /** How many bytes are kept in memory before the spool moves to a file. */
  static final int DEFAULT_MEMORY_BYTES = 4 << 20;

  private final int memoryBytes;
  private byte[] buffer;
  private int count;
  private Path file;
  private OutputStream fileOut;
  private long position;

  Spool() {
    this(DEFAULT_MEMORY_BYTES);
  }

  /** A spool that moves to a file beyond {@code memoryBytes}. */
  Spool(int memoryBytes) {
    if (memoryBytes < 1) {
      throw new IllegalArgumentException("a spool keeps a byte in memory at least");
    }
    this.memoryBytes = memoryBytes;
    this.buffer = new byte[Math.min(8192, memoryBytes)];
  }

  /** The bytes written so far. */
  long position() {
    return position;
  }

  /** The temporary file the spool moved to, or {@code null} while it is in memory. */
  Path file() {
    return file;
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (ch < 0x80) {
      put((byte) ch);
    } else {
      put((byte) (0x80 | (ch >>> 12)));
      put((byte) (0x80 | ((ch >>> 6) & 0x3f)));
      put((byte) (0x80 | (ch & 0x3f)));
    }
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(chars[i]);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(s.charAt(i));
    }
  }

  private void put(byte b) throws IOException {
    position++;
    if (fileOut != null) {
      fileOut.write(b);
      return;
    }
    if (count == buffer.length) {
      if (count >= memoryBytes) {
        toFile();
        fileOut.write(b);
        return;
      }
      buffer = Arrays.copyOf(buffer, Math.min(memoryBytes, buffer.length * 2));
    }
    buffer[count++] = b;
  }

  private void toFile() throws IOException {
    file = Files.createTempFile("mctrail-report-", ".spool");
    file.toFile().deleteOnExit();
    fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    fileOut.write(buffer, 0, count);
    buffer = null;
    count = 0;
  }

  @Override
  public void flush() throws IOException {
    if (fileOut != null) {
      fileOut.flush();
    }
  }

  /** Writes the text between positions {@code from} and {@code to} to {@code out}. */
  void copyTo(Writer out, long from, long to) throws IOException {
    if (from < 0 || to > position || from > to) {
      throw new IllegalArgumentException("no text from " + from + " to " + to);
    }
    if (fileOut == null) {
      decode(new ByteArrayInputStream(buffer, (int) from, (int) (to - from)), to - from, out);
      return;
    }
    fileOut.flush();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(from);
      decode(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), to - from, out);
    }
  }

  private static void decode(InputStream in, long length, Writer out) throws IOException {
    char[] chars = new char[8192];
    int n = 0;
    for (long read = 0; read < length; ) {
      int b = in.read();
      read++;
      char c;
      if (b < 0x80) {
        c = (char) b;
      } else {
        int b1 = in.read();
        int b2 = in.read();
        read += 2;
        c = (char) (((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
      }
      chars[n++] = c;
      if (n == chars.length) {
        out.write(chars, 0, n);
        n = 0;
      }
    }
    out.write(chars, 0, n);
  }

  /** Deletes the temporary file, if there is one. */
  @Override
  public void close() throws IOException {
    buffer = null;
    if (fileOut != null) {
      try {
        fileOut.close();
      } finally {
        Files.deleteIfExists(file);
        fileOut = null;
      }
    }
  }
}
