package org.jiuzhu.core.privacy;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts stored files (proofs of income and disability, complaint evidence) with SM4-GCM, as a stream of chunks,
 * so that a file of any size is never held whole in memory and a reader learns of tampering chunk by chunk.
 *
 * <p>Layout: the magic {@code JZF}, format version (1 byte), key id (1 byte), a random nonce prefix (7 bytes), then
 * chunks of {@value #CHUNK} plaintext bytes, each followed by its tag; the last chunk may be shorter (or empty). A
 * chunk's nonce is the prefix, its number and whether it is the last (the STREAM construction of Hoang, Reyhanitabar,
 * Rogaway and Vizár), so chunks cannot be reordered, dropped or cut off at a chunk's end without the reader noticing.
 * The context (the store and the file's stored name) is authenticated but not stored: a file put in the place of
 * another no longer decrypts.
 */
@Singleton
public class FileCipher {

    static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = {'J', 'Z', 'F'};
    private static final byte FORMAT_VERSION = 1;
    private static final int PREFIX_BYTES = 7;
    private static final int HEADER_BYTES = MAGIC.length + 2 + PREFIX_BYTES;
    private static final int TAG_BYTES = 16;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FileCipher(DataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Whether {@code head} (a file's first bytes) starts like a file this cipher wrote. */
    public static boolean sealed(byte[] head, int length) {
        return length >= MAGIC.length + 1 && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                && head[MAGIC.length] == FORMAT_VERSION;
    }

    /** What is written to the stream returned is encrypted into {@code sink}; closing it writes the last chunk. */
    public OutputStream encrypting(OutputStream sink, String context) throws IOException {
        int keyId = keys.currentKeyId();
        byte[] header = new byte[HEADER_BYTES];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = FORMAT_VERSION;
        header[MAGIC.length + 1] = (byte) keyId;
        byte[] prefix = new byte[PREFIX_BYTES];
        random.nextBytes(prefix);
        System.arraycopy(prefix, 0, header, MAGIC.length + 2, PREFIX_BYTES);
        sink.write(header);
        return new Sealing(sink, new Chunks(true, key(keyId), prefix, context));
    }

    /** The plaintext of what {@link #encrypting} wrote; an IOException as soon as anything is wrong with it. */
    public InputStream decrypting(InputStream source, String context) throws IOException {
        byte[] header = source.readNBytes(HEADER_BYTES);
        if (header.length < HEADER_BYTES || !sealed(header, header.length)) {
            throw unreadable();
        }
        int keyId = Byte.toUnsignedInt(header[MAGIC.length + 1]);
        if (!keys.hasDataKey(keyId)) {
            throw unreadable();
        }
        byte[] prefix = Arrays.copyOfRange(header, MAGIC.length + 2, HEADER_BYTES);
        return new Opening(source, new Chunks(false, key(keyId), prefix, context));
    }

    private KeyParameter key(int keyId) {
        return new KeyParameter(keys.dataKey(keyId));
    }

    // Deliberately without detail, as for fields: key, context and content errors look alike.
    static IOException unreadable() {
        return new IOException("stored file cannot be decrypted");
    }

    /** One GCM cipher for a whole file, its key schedule kept, re-initialised for each chunk's nonce. */
    private static final class Chunks {

        private final boolean encrypt;
        private final byte[] prefix;
        private final byte[] context;
        private final GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        private KeyParameter key;
        private int number;

        Chunks(boolean encrypt, KeyParameter key, byte[] prefix, String context) {
            this.encrypt = encrypt;
            this.key = key;
            this.prefix = prefix;
            this.context = Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8);
        }

        /** Encrypts or decrypts the next chunk in place of {@code out}; answers the bytes written. */
        int next(byte[] in, int length, boolean last, byte[] out) throws IOException {
            if (number == Integer.MAX_VALUE) {
                throw unreadable();
            }
            byte[] nonce = Arrays.copyOf(prefix, 12);
            nonce[7] = (byte) (number >>> 24);
            nonce[8] = (byte) (number >>> 16);
            nonce[9] = (byte) (number >>> 8);
            nonce[10] = (byte) number;
            nonce[11] = (byte) (last ? 1 : 0);
            number++;
            gcm.init(encrypt, new AEADParameters(key, TAG_BYTES * 8, nonce, context));
            key = null; // Bouncy Castle keeps the key it has, and its tables, when given none.
            try {
                int written = gcm.processBytes(in, 0, length, out, 0);
                return written + gcm.doFinal(out, written);
            } catch (InvalidCipherTextException | RuntimeException e) {
                throw unreadable();
            }
        }
    }

    private static final class Sealing extends OutputStream {

        private final OutputStream sink;
        private final Chunks chunks;
        private final byte[] buffer = new byte[CHUNK];
        private final byte[] out = new byte[CHUNK + TAG_BYTES];
        private int filled;
        private boolean closed;

        Sealing(OutputStream sink, Chunks chunks) {
            this.sink = sink;
            this.chunks = chunks;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                // A full chunk is written only once more follows: the last chunk must be known as the last.
                if (filled == CHUNK) {
                    sink.write(out, 0, chunks.next(buffer, filled, false, out));
                    filled = 0;
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (sink) {
                sink.write(out, 0, chunks.next(buffer, filled, true, out));
                sink.flush();
            }
        }
    }

    private static final class Opening extends InputStream {

        private final InputStream source;
        private final Chunks chunks;
        private final byte[] in = new byte[CHUNK + TAG_BYTES + 1];
        private final byte[] plain = new byte[CHUNK + TAG_BYTES];
        private int held;
        private int position;
        private int available;
        private boolean last;

        Opening(InputStream source, Chunks chunks) {
            this.source = source;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            while (position == available) {
                if (last) {
                    return -1;
                }
                nextChunk();
            }
            int n = Math.min(len, available - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        // Reads one byte past a full chunk: only the end of the file tells that a chunk is the last.
        private void nextChunk() throws IOException {
            held += source.readNBytes(in, held, in.length - held);
            if (held < TAG_BYTES) {
                throw unreadable();
            }
            last = held < in.length;
            int length = last ? held : CHUNK + TAG_BYTES;
            available = chunks.next(in, length, last, plain);
            position = 0;
            held -= length;
            if (held > 0) {
                System.arraycopy(in, length, in, 0, held);
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
