package org.jiuzhu.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** F4 of docs/RELIABILITY.md at the file's end: a failure at each step of a write leaves nothing the sweeper misses. */
class FileStoreTest {

    @Test
    void a_failure_while_the_file_is_written_leaves_no_file_at_all(@TempDir Path folder) throws IOException {
        FileStore store = new FileStore(folder);
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
        FileStore store = new FileStore(folder);
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
        FileStore store = new FileStore(folder);
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

    private static java.util.List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
