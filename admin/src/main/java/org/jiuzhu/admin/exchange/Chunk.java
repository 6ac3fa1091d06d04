package org.jiuzhu.admin.exchange;

import io.micronaut.json.JsonMapper;
import org.jiuzhu.admin.exchange.persistence.RecordStore;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.PersonIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows read since the last write. Checking a row and encrypting it (a keyed hash and three ciphers) needs nothing from
 * the other rows, so a chunk's rows are prepared on every core, in order, while the chunk before it is being written.
 */
final class Chunk {

    private final RowCheck check;
    private final PersonIndex personIndex;
    private final FieldCipher cipher;
    private final JsonMapper json;
    final List<ListFile.Line> lines = new ArrayList<>(Importer.CHUNK);
    long rows;
    long rejectedRows;
    int permille = -1;
    final List<RecordStore.Record> accepted = new ArrayList<>(Importer.CHUNK);
    final List<RecordStore.Rejection> rejected = new ArrayList<>();

    Chunk(RowCheck check, PersonIndex personIndex, FieldCipher cipher, JsonMapper json) {
        this.check = check;
        this.personIndex = personIndex;
        this.cipher = cipher;
        this.json = json;
    }

    void prepare() {
        for (Prepared p : lines.parallelStream().map(this::prepared).toList()) {
            rows++;
            if (p.record() == null) {
                rejectedRows++;
                rejected.addAll(p.rejections());
            } else {
                accepted.add(p.record());
            }
        }
        lines.clear();
    }

    private Prepared prepared(ListFile.Line line) {
        RowCheck.Result result = check.check(line.number(), line.cells());
        return result.row() == null ? new Prepared(null, result.problems().stream().map(p ->
                new RecordStore.Rejection(p.line(), p.field(), p.reason())).toList())
                : new Prepared(record(result.row()), List.of());
    }

    /** An empty chunk for the rows after this one. */
    Chunk next() {
        return new Chunk(check, personIndex, cipher, json);
    }

    /** A row checked: stored encrypted, or refused for these reasons. */
    private record Prepared(RecordStore.Record record, List<RecordStore.Rejection> rejections) {
    }

    private RecordStore.Record record(RowCheck.Row row) {
        String id = row.idNumber().value();
        return new RecordStore.Record(row.line(), personIndex.of(id), cipher.encrypt(id, "exchange.id_number"),
                cipher.encrypt(row.name(), "exchange.name"), row.region(), row.facts().isEmpty() ? null
                : cipher.encrypt(facts(row), "exchange.facts"));
    }

    private String facts(RowCheck.Row row) {
        try {
            return json.writeValueAsString(row.facts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
