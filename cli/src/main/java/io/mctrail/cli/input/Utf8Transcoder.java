package io.mctrail.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of the characters a {@link Reader} gives, read as they are needed: an input in
 * UTF-16 or UTF-32 streams through the byte scanner in bounded memory. Characters that cannot be
 * encoded (a lone surrogate) become {@code ?}.
 */
final class Utf8Transcoder extends InputStream {

  private final Reader reader;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 16);
  private boolean end;

  Utf8Transcoder(Reader reader) {
    this.reader = reader;
    chars.flip();
    bytes.flip();
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
    while (!bytes.hasRemaining()) {
      if (end) {
        return -1;
      }
      bytes.clear();
      chars.compact();
      int n = reader.read(chars);
      chars.flip();
      if (n < 0) {
        encoder.encode(chars, bytes, true);
        encoder.flush(bytes);
        end = true;
      } else {
        encoder.encode(chars, bytes, false);
      }
      bytes.flip();
    }
    int k = Math.min(len, bytes.remaining());
    bytes.get(b, off, k);
    return k;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
