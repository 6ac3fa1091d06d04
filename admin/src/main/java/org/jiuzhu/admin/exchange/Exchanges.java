package org.jiuzhu.admin.exchange;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.persistence.BatchStore;
import org.jiuzhu.admin.exchange.persistence.RecordStore;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.storage.FileStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Department lists handed over by upload: stored, recognised when the same file comes again, queued for import; and
 * read back, each department its own, supervisors and administrators those of their region.
 */
@Singleton
public class Exchanges {

    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final int MAX_NAME = 200;

    private final BatchStore batches;
    private final RecordStore records;
    private final ExchangeFiles files;
    private final AuditLog audit;
    private final ApplicationEventPublisher<Queued> queued;
    private final Clock clock;

    Exchanges(BatchStore batches, RecordStore records, ExchangeFiles files, AuditLog audit,
              ApplicationEventPublisher<Queued> queued, Clock clock) {
        this.batches = batches;
        this.records = records;
        this.files = files;
        this.audit = audit;
        this.queued = queued;
        this.clock = clock;
    }

    /** Published with a new batch: the importer starts once the upload has committed. */
    public record Queued(long batch) {
    }

    /** What became of an upload: the batch it went into (an earlier one for the same file), or why not. */
    public record Outcome(long batch, boolean repeated, FieldErrors errors) {
    }

    /** Stores the uploaded file and queues it, or answers why not; nothing is kept of a refused upload. */
    @Transactional
    public Outcome upload(Actor staff, ListKind kind, String fileName, InputStream content, String ip) {
        return receive(staff, kind, fileName, content, "UPLOAD", ip);
    }

    /** The same for a list a department's system sent through the API, already written out as CSV. */
    @Transactional
    public Outcome handOver(Actor staff, ListKind kind, String fileName, InputStream csv, String ip) {
        return receive(staff, kind, fileName, csv, "API", ip);
    }

    private Outcome receive(Actor staff, ListKind kind, String fileName, InputStream content, String channel,
                            String ip) {
        if (!staff.is(Role.DEPARTMENT) || kind == null || !kind.handedOverBy(staff.department())) {
            return refused("kind", "admin.exchange.error.kind");
        }
        FileStore.Written written;
        try {
            written = files.store().write(content, MAX_BYTES);
        } catch (FileStore.TooLarge e) {
            return refused("file", "admin.exchange.error.tooLarge");
        }
        ListFile.Format format = format(written);
        if (format == null) {
            files.store().discard(written.storedName());
            return refused("file", "admin.exchange.error.format");
        }
        if (written.size() == 0) {
            files.store().discard(written.storedName());
            return refused("file", "admin.exchange.error.empty");
        }
        Optional<BatchStore.Row> earlier = batches.standing(staff.department().name(), kind.name(), written.sha256());
        if (earlier.isPresent()) {
            files.store().discard(written.storedName());
            return new Outcome(earlier.get().id(), true, new FieldErrors());
        }
        BatchStore.Row row = batches.insert(new BatchStore.Row(null, staff.department().name(), kind.name(), channel,
                name(fileName), format.name(), written.storedName(), written.size(), written.sha256(),
                written.sha256(), Batch.Status.QUEUED.name(), staff.scope().code(), staff.accountId(), clock.instant(),
                null, null, null, null, 0, 0, 0, 0, 0, null, null, 0, 0, 0, null));
        audit.record(AuditEvent.of(staff.accountId(), staff.role().name(), "EXCHANGE_UPLOADED", AuditResult.SUCCESS, ip)
                .about("exchange_batch", row.id()).saying("kind=" + kind.name() + ",bytes=" + written.size() + ",channel=" + channel));
        queued.publishEvent(new Queued(row.id()));
        return new Outcome(row.id(), false, new FieldErrors());
    }

    /** The batches the staff member may follow, newest first. */
    @Transactional(readOnly = true)
    public List<Batch> visibleTo(Actor staff) {
        List<BatchStore.Row> rows = staff.is(Role.DEPARTMENT) ? batches.ofDepartment(staff.department().name())
                : staff.is(Role.SUPERVISOR, Role.ADMIN) ? batches.inRegion(staff.scope().likePattern()) : List.of();
        return rows.stream().map(Exchanges::batch).toList();
    }

    /** Which of these persons (by person index) the batch lists: for a comparison asking who is missing from a list. */
    @Transactional(readOnly = true)
    public java.util.Set<java.nio.ByteBuffer> listedIn(long batch, java.util.Collection<byte[]> persons) {
        return records.listed(batch, persons);
    }

    @Transactional(readOnly = true)
    public Optional<Batch> find(Actor staff, long id) {
        return batches.find(id).filter(row -> visible(staff, row)).map(Exchanges::batch);
    }

    /** The first refusals of a batch the staff member may follow, in line order. */
    @Transactional(readOnly = true)
    public List<RecordStore.Rejection> rejections(Actor staff, long id, int limit) {
        return find(staff, id).map(b -> records.rejections(id, limit)).orElse(List.of());
    }

    /** Every refusal, one by one, for the downloadable report. */
    @Transactional(readOnly = true)
    public void eachRejection(Actor staff, long id, java.util.function.Consumer<RecordStore.Rejection> each) {
        if (find(staff, id).isPresent()) {
            records.rejections(id, Integer.MAX_VALUE, each);
        }
    }

    private static boolean visible(Actor staff, BatchStore.Row row) {
        if (staff.is(Role.DEPARTMENT)) {
            return staff.department() != null && staff.department().name().equals(row.department())
                    && staff.scope().contains(row.regionCode());
        }
        return staff.is(Role.SUPERVISOR, Role.ADMIN) && staff.scope().contains(row.regionCode());
    }

    static Batch batch(BatchStore.Row r) {
        return new Batch(r.id(), ListKind.valueOf(r.kind()), r.department(), r.regionCode(), r.fileName(),
                r.fileFormat(), r.sizeBytes(), Batch.Status.valueOf(r.status()), r.uploadedAt(), r.startedAt(),
                r.finishedAt(), r.permille(), r.rowsDone(), r.rowsAccepted(), r.rowsRejected(), r.comparedRows(),
                r.warningsRaised(), r.failure(), r.failureDetail());
    }

    private ListFile.Format format(FileStore.Written written) {
        try {
            return ListFile.Format.of(files.store().path(written.storedName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "list" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static Outcome refused(String field, String key) {
        return new Outcome(0, false, new FieldErrors().add(field, key));
    }
}
