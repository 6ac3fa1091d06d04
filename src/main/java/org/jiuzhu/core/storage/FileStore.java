package org.jiuzhu.core.storage;

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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One folder of stored files. A file is written to a temporary name, forced to disk and renamed into place before
 * its row is committed, so a row never points at a missing file; a file whose row never came (a crash, a rollback)
 * is removed by {@link #sweep}.
 */
public final class FileStore {

    private static final String TEMPORARY = ".part-";
    private static final String NAME = "[0-9a-f]{32}";

    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    public FileStore(Path directory) {
        this.directory = directory;
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
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > limit) {
                        throw new TooLarge();
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                channel.force(true);
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

    /** The upload exceeds the size limit. */
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
