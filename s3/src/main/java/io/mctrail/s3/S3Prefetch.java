package io.mctrail.s3;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads ahead of the reader: when an object of a known order is opened, the next {@code ahead}
 * objects are opened in the background and the first {@code headBytes} of each read into memory, so
 * that S3's time to first byte is spent while earlier objects are checked. An object that fits in
 * its head is read whole and its connection released; a longer one keeps its connection and goes on
 * from there. A failure while reading ahead reaches the reader where it would have without the
 * read-ahead: at the open for a failed GET, after the bytes read before it otherwise.
 *
 * <p>Memory is bounded by {@code ahead × headBytes}. Safe to use from several threads; objects may
 * be opened out of order (one not in the order is opened at once). Close it to release what was
 * read ahead and not opened.
 */
public final class S3Prefetch implements Closeable {

  private final S3Reader reader;
  private final List<S3Input> order;
  private final Map<S3Input, Integer> positions = new HashMap<>();
  private final int ahead;
  private final int headBytes;
  private final ExecutorService pool;
  private final Map<Integer, Future<InputStream>> started = new HashMap<>();
  private int next;
  private boolean closed;

  /**
   * A read-ahead of {@code order} through {@code reader}.
   *
   * @param ahead how many objects to open ahead of the latest one opened (at least 1)
   * @param headBytes how many bytes of each to read ahead (at least 1)
   */
  public S3Prefetch(S3Reader reader, List<S3Input> order, int ahead, int headBytes) {
    if (ahead < 1 || headBytes < 1) {
      throw new IllegalArgumentException(
          "ahead and headBytes must be 1 or more, not " + ahead + " and " + headBytes);
    }
    this.reader = reader;
    this.order = List.copyOf(order);
    for (int i = 0; i < this.order.size(); i++) {
      positions.putIfAbsent(this.order.get(i), i);
    }
    this.ahead = ahead;
    this.headBytes = headBytes;
    this.pool =
        Executors.newFixedThreadPool(
            ahead,
            r -> {
              Thread t = new Thread(r, "mctrail-s3-prefetch");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Opens {@code object}: what was read ahead of it and the rest, or a new read.
   *
   * @throws S3ReadException when the object cannot be read
   */
  public InputStream open(S3Input object) throws IOException {
    Future<InputStream> early;
    synchronized (this) {
      if (closed) {
        throw new IOException(object.uri() + ": the read-ahead is closed");
      }
      Integer at = positions.get(object);
      if (at == null) {
        return reader.open(object);
      }
      early = started.remove(at);
      next = Math.max(next, at + 1);
      for (int end = Math.min(order.size(), at + 1 + ahead); next < end; next++) {
        S3Input later = order.get(next);
        started.put(next, pool.submit(() -> readAhead(later)));
      }
    }
    if (early == null) {
      return reader.open(object);
    }
    try {
      return early.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("reading ahead failed", e.getCause());
    } catch (InterruptedException | CancellationException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(object.uri() + ": interrupted while reading ahead");
    }
  }

  /** The object's head in memory, followed by the rest of it or by the failure that cut it. */
  private InputStream readAhead(S3Input object) throws S3ReadException {
    InputStream in = reader.open(object);
    byte[] head = new byte[headBytes];
    int n = 0;
    try {
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
        n += r;
      }
    } catch (IOException e) {
      close(in);
      return new SequenceInputStream(new ByteArrayInputStream(head, 0, n), failing(e));
    }
    if (n < head.length) {
      close(in);
      return new ByteArrayInputStream(head, 0, n);
    }
    return new SequenceInputStream(new ByteArrayInputStream(head), in);
  }

  private static InputStream failing(IOException e) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw e;
      }
    };
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more is read from it
    }
  }

  /** Stops reading ahead and releases what was read ahead and not opened. */
  @Override
  public void close() {
    List<Future<InputStream>> left;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      left = new ArrayList<>(started.values());
      started.clear();
    }
    pool.shutdownNow();
    for (Future<InputStream> f : left) {
      if (!f.cancel(true)) {
        try {
          close(f.get());
        } catch (ExecutionException | CancellationException e) {
          // it failed: nothing to release
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
