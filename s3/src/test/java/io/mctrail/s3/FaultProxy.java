package io.mctrail.s3;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP proxy on 127.0.0.1 between a client and the test's S3 server that injects the faults a
 * test queues: an answer of its own (503 SlowDown, 500, 403) instead of the server's, or the
 * server's answer cut after so many bytes of its body (the connection closed, or reset). Every
 * client connection carries one request. It logs every request and counts the body bytes it passes
 * on for each path, so that a test can prove that no byte was sent twice.
 */
public final class FaultProxy implements AutoCloseable {

  /** What to do to one request. */
  public sealed interface Fault permits Answer, Cut {}

  /**
   * Answer the request with an S3 error of our own; the server never sees it.
   *
   * @param status the HTTP status
   * @param code S3's error code
   */
  public record Answer(int status, String code) implements Fault {
    /** 503 SlowDown: S3 throttling. */
    public static Answer slowDown() {
      return new Answer(503, "SlowDown");
    }

    /** 500 InternalError. */
    public static Answer internalError() {
      return new Answer(500, "InternalError");
    }

    /** 403 AccessDenied. */
    public static Answer accessDenied() {
      return new Answer(403, "AccessDenied");
    }
  }

  /**
   * Pass the server's answer on, but only its head and {@code bodyBytes} bytes of its body; then
   * close the connection (with a reset when {@code reset}).
   */
  public record Cut(long bodyBytes, boolean reset) implements Fault {}

  /**
   * A request as the proxy saw it.
   *
   * @param method its method
   * @param target its path and query
   * @param range its Range header, or null
   */
  public record Request(String method, String target, String range) {
    /** The target without its query. */
    public String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  private final ServerSocket server;
  private final URI upstream;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Deque<Fault>> faults = new LinkedHashMap<>();
  private final List<Request> log = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
  private volatile long latencyMillis;

  private FaultProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** A proxy in front of {@code upstream}, listening on a port of 127.0.0.1 it picks. */
  public static FaultProxy start(URI upstream) throws IOException {
    return new FaultProxy(upstream);
  }

  /** The proxy's address, for the client. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /**
   * Queues {@code these} for the next requests whose target (path and query) contains {@code part},
   * one fault a request, in order; requests after them are passed on untouched.
   */
  public synchronized void inject(String part, Fault... these) {
    faults.computeIfAbsent(part, p -> new ArrayDeque<>()).addAll(List.of(these));
  }

  /**
   * Holds every request this long before passing it on, as a distant server's time to first byte
   * would.
   */
  public void latency(long millis) {
    latencyMillis = millis;
  }

  /** Every request so far. */
  public List<Request> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** How many body bytes of GET answers for {@code path} the proxy passed on to the client. */
  public long servedBytes(String path) {
    AtomicLong n = served.get(path);
    return n == null ? 0 : n.get();
  }

  private synchronized Fault next(String target) {
    for (Map.Entry<String, Deque<Fault>> e : faults.entrySet()) {
      if (target.contains(e.getKey()) && !e.getValue().isEmpty()) {
        return e.getValue().poll();
      }
    }
    return null;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      List<String> head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String[] start = head.get(0).split(" ");
      byte[] body = in.readNBytes((int) contentLength(head));
      Request request = new Request(start[0], start[1], header(head, "range"));
      log.add(request);
      Fault fault = next(request.target());
      if (latencyMillis > 0) {
        Thread.sleep(latencyMillis);
      }
      if (fault instanceof Answer a) {
        answer(out, a);
        return;
      }
      try (Socket up = new Socket(upstream.getHost(), upstream.getPort())) {
        OutputStream upOut = up.getOutputStream();
        upOut.write(withConnectionClose(head));
        upOut.write(body);
        upOut.flush();
        InputStream upIn = new BufferedInputStream(up.getInputStream());
        out.write(withConnectionClose(readHead(upIn)));
        long limit = fault instanceof Cut c ? c.bodyBytes() : Long.MAX_VALUE;
        // Counted before each chunk is written, so that a client that has read the body sees it
        // counted (a count added after the copy raced with the test's assertion).
        AtomicLong counter =
            request.method().equals("GET")
                ? served.computeIfAbsent(request.path(), p -> new AtomicLong())
                : new AtomicLong();
        copy(upIn, out, limit, counter);
        out.flush();
        if (fault instanceof Cut c && c.reset()) {
          client.setSoLinger(true, 0);
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copy(InputStream in, OutputStream out, long limit, AtomicLong counter)
      throws IOException {
    byte[] buffer = new byte[8192];
    long passed = 0;
    while (passed < limit) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - passed));
      if (n < 0) {
        break;
      }
      counter.addAndGet(n);
      out.write(buffer, 0, n);
      passed += n;
    }
  }

  private static void answer(OutputStream out, Answer a) throws IOException {
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                + a.code()
                + "</Code><Message>injected by the test</Message></Error>")
            .getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + a.status()
            + " "
            + a.code()
            + "\r\nContent-Type: application/xml\r\nContent-Length: "
            + xml.length
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(xml);
    out.flush();
  }

  /** The lines of a message's head, the start line first; empty at the end of the stream. */
  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
        line.reset();
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
    return List.of();
  }

  private static String header(List<String> head, String name) {
    for (String line : head.subList(1, head.size())) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private static long contentLength(List<String> head) {
    String length = header(head, "content-length");
    return length == null ? 0 : Long.parseLong(length);
  }

  /** The head again, asking for the connection to be closed after this message. */
  private static byte[] withConnectionClose(List<String> head) {
    StringBuilder s = new StringBuilder(head.get(0)).append("\r\n");
    for (String line : head.subList(1, head.size())) {
      if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
        s.append(line).append("\r\n");
      }
    }
    s.append("Connection: close\r\n\r\n");
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Stops listening and ends every connection. */
  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
