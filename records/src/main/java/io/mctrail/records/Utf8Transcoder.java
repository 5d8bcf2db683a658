package io.mctrail.records;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of an input in another encoding (UTF-16 or UTF-32), read as they are needed, so
 * that such an input streams through the byte scanner in bounded memory. An ill-formed sequence
 * inside the input becomes U+FFFD; an input that ends inside a character is cut short, and reading
 * it fails with an {@link EOFException} there, as a truncated gzip does.
 */
final class Utf8Transcoder extends InputStream {

  private final InputStream in;
  private final String charset;
  private final CharsetDecoder decoder;
  private final int unit;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer raw = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer utf8 = ByteBuffer.allocate(8192 * 3 + 16);
  private boolean endOfInput;
  private boolean end;

  Utf8Transcoder(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset.name();
    this.unit = this.charset.startsWith("UTF-32") ? 4 : 2;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    raw.flip();
    chars.flip();
    utf8.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!utf8.hasRemaining()) {
      if (end) {
        return -1;
      }
      fill();
    }
    int k = Math.min(len, utf8.remaining());
    utf8.get(b, off, k);
    return k;
  }

  /** Decodes what the input gives next into {@link #utf8}, which is empty. */
  private void fill() throws IOException {
    if (!endOfInput) {
      raw.compact();
      int n = in.read(raw.array(), raw.position(), raw.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        raw.position(raw.position() + n);
      }
      raw.flip();
    }
    chars.compact();
    while (true) {
      CoderResult r = decoder.decode(raw, chars, endOfInput);
      if (!r.isMalformed()) {
        break;
      }
      if (endOfInput && raw.remaining() <= r.length()) {
        end = true;
        throw new EOFException("the input ends inside a " + charset + " character");
      }
      if (!chars.hasRemaining()) {
        break;
      }
      // Skip one code unit: Java's UTF-16 decoder counts the unit after a lone high surrogate
      // as part of the ill-formed sequence, and it may be a quote or a brace.
      raw.position(raw.position() + Math.min(r.length(), unit));
      chars.put('\uFFFD');
    }
    if (endOfInput && !raw.hasRemaining()) {
      decoder.flush(chars);
      end = true;
    }
    chars.flip();
    utf8.clear();
    encoder.encode(chars, utf8, end);
    if (end) {
      encoder.flush(utf8);
    }
    utf8.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
