package org.jiuzhu.core.storage;

import org.jiuzhu.core.privacy.DataKeys;
import org.jiuzhu.core.privacy.FileCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * F4 of docs/RELIABILITY.md at the file's end: a failure at each step of a write leaves nothing the sweeper misses.
 * And what a sealed store keeps on disk is ciphertext bound to its store and name.
 */
class FileStoreTest {

    private static final FileCipher CIPHER =
            new FileCipher(DataKeys.fromProperties(DataKeys.generate(new SecureRandom())));

    @Test
    void a_failure_while_the_file_is_written_leaves_no_file_at_all(@TempDir Path folder) throws IOException {
        FileStore store = sealed(folder);
        InputStream breaksHalfway = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (++sent > 200_000) {
                    throw new IOException("connection reset by the client");
                }
                return 7;
            }
        };

        assertThatThrownBy(() -> store.write(breaksHalfway, 10_000_000)).isInstanceOf(UncheckedIOException.class);

        assertThat(files(folder)).isEmpty();
    }

    @Test
    void a_crash_before_the_rename_leaves_a_partial_file_that_the_sweeper_removes_once_old(@TempDir Path folder)
            throws IOException {
        FileStore store = sealed(folder);
        Path crashed = Files.write(folder.resolve(".part-0123456789abcdef0123456789abcdef"), new byte[10]);
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.write(folder.resolve(".part-fedcba9876543210fedcba9876543210"), new byte[10]);

        assertThat(store.sweep(name -> true, Duration.ofHours(1))).isEqualTo(1);

        assertThat(crashed).doesNotExist();
        // A partial file of the last hour may be an upload still arriving.
        assertThat(writing).exists();
    }

    @Test
    void a_crash_between_the_rename_and_the_commit_leaves_a_file_without_a_row_that_the_sweeper_removes(
            @TempDir Path folder) throws Exception {
        FileStore store = sealed(folder);
        FileStore.Written committed = store.write(new ByteArrayInputStream(new byte[100]), 1000);
        FileStore.Written neverCommitted = store.write(new ByteArrayInputStream(new byte[100]), 1000);
        for (FileStore.Written w : new FileStore.Written[] {committed, neverCommitted}) {
            Files.setLastModifiedTime(store.path(w.storedName()), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }

        store.sweep(name -> name.equals(committed.storedName()), Duration.ofHours(1));

        assertThat(store.path(committed.storedName())).exists();
        assertThat(store.path(neverCommitted.storedName())).doesNotExist();
        assertThat(files(folder)).containsExactly(committed.storedName());
    }

    @Test
    void a_sealed_store_keeps_only_ciphertext_on_disk_and_gives_back_the_content(@TempDir Path folder)
            throws Exception {
        FileStore store = sealed(folder);
        byte[] content = "%PDF-1.4 收入证明 身份证号 110101199003071234".getBytes(StandardCharsets.UTF_8);

        FileStore.Written written = store.write(new ByteArrayInputStream(content), 1000);

        assertThat(written.size()).isEqualTo(content.length);
        assertThat(Files.readString(store.path(written.storedName()), StandardCharsets.ISO_8859_1))
                .doesNotContain("110101199003071234").doesNotContain("PDF");
        try (InputStream in = store.open(written.storedName())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        Download download = store.download(written.storedName(), written.size(), "application/pdf", "证明.pdf");
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void files_stored_before_sealing_are_served_as_they_are_until_sealed_in_place_at_start(@TempDir Path folder)
            throws Exception {
        byte[] content = "%PDF-1.4 old upload".getBytes(StandardCharsets.UTF_8);
        FileStore.Written old = new FileStore(folder).write(new ByteArrayInputStream(content), 1000);
        FileStore store = sealed(folder);
        try (InputStream in = store.open(old.storedName())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        assertThat(store.sealLegacy()).isEqualTo(1);
        assertThat(store.sealLegacy()).isZero();

        assertThat(Files.readAllBytes(store.path(old.storedName()))).startsWith('J', 'Z', 'F');
        try (InputStream in = store.open(old.storedName())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files(folder)).containsExactly(old.storedName());
    }

    @Test
    void a_file_moved_under_another_name_or_store_does_not_open(@TempDir Path folder) throws Exception {
        FileStore store = sealed(folder);
        FileStore.Written a = store.write(new ByteArrayInputStream(new byte[100]), 1000);
        FileStore.Written b = store.write(new ByteArrayInputStream(new byte[200]), 1000);
        Files.copy(store.path(a.storedName()), store.path(b.storedName()), StandardCopyOption.REPLACE_EXISTING);
        FileStore otherStore = new FileStore(folder, CIPHER, "complaints");

        assertThatThrownBy(() -> store.open(b.storedName()).readAllBytes()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> otherStore.open(a.storedName()).readAllBytes()).isInstanceOf(IOException.class);
    }

    private static FileStore sealed(Path folder) {
        return new FileStore(folder, CIPHER, "proofs");
    }

    private static java.util.List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
