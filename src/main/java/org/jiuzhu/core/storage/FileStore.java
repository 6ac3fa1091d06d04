package org.jiuzhu.core.storage;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jiuzhu.core.privacy.FileCipher;
import org.slf4j.LoggerFactory;

/**
 * One folder of stored files. A file is written to a temporary name, forced to disk and renamed into place before
 * its row is committed, so a row never points at a missing file; a file whose row never came (a crash, a rollback)
 * is removed by {@link #sweep}. A sealed store encrypts every file ({@link FileCipher}) bound to its store and name;
 * size and SHA-256 are the plaintext's.
 */
public final class FileStore {

    private static final String TEMPORARY = ".part-";
    private static final String NAME = "[0-9a-f]{32}";

    private final Path directory;
    private final FileCipher cipher;
    private final String label;
    private final SecureRandom random = new SecureRandom();

    /** A store of files kept as they came: department lists, read once by the importer and then deleted. */
    public FileStore(Path directory) {
        this.directory = directory;
        this.cipher = null;
        this.label = null;
    }

    /** A sealed store: {@code label} names it in every file's authenticated context ("proofs", "complaints"). */
    public FileStore(Path directory, FileCipher cipher, String label) {
        this.directory = directory;
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** A written file: its random name, size and SHA-256 (hex). */
    public record Written(String storedName, long size, String sha256) {
    }

    /** Copies at most {@code limit} bytes; more is refused (and nothing is left behind). */
    public Written write(InputStream content, long limit) throws TooLarge {
        String name = randomName();
        Path temporary = directory.resolve(TEMPORARY + name);
        try {
            Files.createDirectories(directory);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = sealed(forced(temporary), name)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > limit) {
                        throw new TooLarge();
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new Written(name, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an uploaded file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The file ready to send; {@code size} is the plaintext's, as recorded when it was written. */
    public Download download(String storedName, long size, String mediaType, String name) {
        try {
            return new Download(open(storedName), size, mediaType, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored file", e);
        }
    }

    /** The file's content as it was written (decrypted, for a sealed store). */
    public InputStream open(String storedName) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path(storedName)));
        if (cipher == null) {
            return in;
        }
        in.mark(8);
        byte[] head = in.readNBytes(8);
        in.reset();
        // A file from before the store was sealed, until sealLegacy (at start-up) has encrypted it.
        if (!FileCipher.sealed(head, head.length)) {
            return in;
        }
        try {
            return cipher.decrypting(in, context(storedName));
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Encrypts in place every file of a sealed store written before it was sealed (each through a temporary file
     * forced to disk and renamed over the old one, so a crash leaves either). Answers how many.
     */
    public int sealLegacy() {
        if (cipher == null || !Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            int sealed = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().matches(NAME)).toList()) {
                try {
                    if (!startsSealed(file)) {
                        seal(file);
                        sealed++;
                    }
                } catch (IOException e) {
                    // Served as it is until a later start succeeds; one unreadable file must not stop the product.
                    LoggerFactory.getLogger(FileStore.class).warn("A stored {} file could not be encrypted: {}", label,
                            e.getClass().getSimpleName());
                }
            }
            if (sealed > 0) {
                LoggerFactory.getLogger(FileStore.class).info("Encrypted {} {} files stored before encryption", sealed,
                        label);
            }
            return sealed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encrypt the stored files", e);
        }
    }

    private void seal(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path temporary = directory.resolve(TEMPORARY + name);
        // Left by a start that crashed while sealing this very file; no upload uses an existing file's name.
        deleteQuietly(temporary);
        try {
            try (InputStream in = Files.newInputStream(file); OutputStream out = sealed(forced(temporary), name)) {
                in.transferTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static boolean startsSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return FileCipher.sealed(head, head.length);
        }
    }

    private OutputStream sealed(OutputStream out, String storedName) throws IOException {
        return cipher == null ? out : cipher.encrypting(out, context(storedName));
    }

    private String context(String storedName) {
        return label + "/" + storedName;
    }

    /** A new file whose stream, when closed, forces its content to disk first. */
    private static OutputStream forced(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try (channel) {
                    channel.force(true);
                }
            }
        };
    }

    /** The file as it lies on disk (encrypted, for a sealed store). */
    public Path path(String storedName) {
        if (!storedName.matches(NAME)) {
            throw new IllegalArgumentException("not a stored file name");
        }
        return directory.resolve(storedName);
    }

    /** Removes a file whose row was not written, or is no longer needed. */
    public void discard(String storedName) {
        deleteQuietly(path(storedName));
    }

    /**
     * Removes files older than {@code age} that {@code known} does not recognise, and leftover partial files.
     * Answers how many were removed.
     */
    public int sweep(Predicate<String> known, Duration age) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(age);
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> orphans = files.filter(f -> olderThan(f, cutoff)).filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(TEMPORARY) || (name.matches(NAME) && !known.test(name));
            }).toList();
            orphans.forEach(FileStore::deleteQuietly);
            return orphans.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String randomName() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The sweeper tries again later.
        }
    }

    /**
     * An uploaded file's name as people will read it: folders and control characters removed, {@code fallback} when
     * nothing is left, the end kept when it is longer than {@code max} (the extension matters most).
     */
    public static String displayName(String original, String fallback, int max) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > max ? name.substring(name.length() - max) : name;
    }

    public static class TooLarge extends Exception {
        TooLarge() {
            super("the upload exceeds the limit", null, false, false);
        }
    }
}
