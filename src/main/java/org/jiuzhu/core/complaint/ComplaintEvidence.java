package org.jiuzhu.core.complaint;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.EmbeddedMode;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.ProofType;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.EvidenceStore;
import org.jiuzhu.core.form.FieldErrors;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import org.jiuzhu.core.privacy.FileCipher;
import org.jiuzhu.core.storage.Download;
import org.jiuzhu.core.storage.FileStore;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evidence files sent with an online complaint: PDF, JPEG or PNG recognised from their bytes, 10 MB each, at most
 * {@value #MAX_FILES}. They are written before the complaint's row; a file whose row never came is swept.
 */
@Singleton
public class ComplaintEvidence {

    public static final int MAX_FILES = 3;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_NAME = 100;

    private final EvidenceStore store;
    private final ComplaintStore complaints;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    ComplaintEvidence(EvidenceStore store, ComplaintStore complaints, AuditLog audit, Clock clock,
                      @Value("${jiuzhu.complaints.dir:}") String configured, FileCipher cipher) {
        this.store = store;
        this.complaints = complaints;
        this.audit = audit;
        this.clock = clock;
        this.files = new FileStore(configured.isBlank() ? EmbeddedMode.dataDir().resolve("complaints")
                : Paths.get(configured).toAbsolutePath(), cipher, "complaints");
    }

    /** A file as sent; the caller closes the stream. */
    public record Upload(String name, InputStream content) {
    }

    /** A file as listed to a reader. */
    public record Item(long id, String name, String mediaType, long size) {
    }

    /** Files stored before files were encrypted are encrypted before anyone can ask for them. */
    @EventListener
    void sealLegacy(StartupEvent started) {
        files.sealLegacy();
    }

    /** Files written but not yet recorded. */
    record Kept(FileStore.Written written, ProofType type, String name) {
    }

    /** Writes the files or, on the first bad one, discards what was written and adds the error. */
    List<Kept> keep(List<Upload> uploads, FieldErrors errors) {
        List<Kept> kept = new ArrayList<>();
        if (uploads.size() > MAX_FILES) {
            errors.add("evidence", "core.complaint.error.evidenceCount");
            return kept;
        }
        for (Upload upload : uploads) {
            BufferedInputStream buffered = new BufferedInputStream(upload.content());
            Optional<ProofType> type = ProofType.sniff(buffered);
            if (type.isEmpty()) {
                errors.add("evidence", "core.complaint.error.evidenceType");
                break;
            }
            try {
                kept.add(new Kept(files.write(buffered, MAX_BYTES), type.get(),
                        FileStore.displayName(upload.name(), "证据", MAX_NAME)));
            } catch (FileStore.TooLarge e) {
                errors.add("evidence", "core.complaint.error.evidenceSize");
                break;
            }
        }
        if (!errors.isEmpty()) {
            discard(kept);
            kept.clear();
        }
        return kept;
    }

    void record(long complaintId, List<Kept> kept) {
        Instant now = clock.instant();
        for (Kept k : kept) {
            store.insert(new EvidenceStore.Row(null, complaintId, k.written().storedName(), k.name(),
                    k.type().mediaType(), k.written().size(), k.written().sha256(), now));
        }
    }

    void discard(List<Kept> kept) {
        kept.forEach(k -> files.discard(k.written().storedName()));
    }

    List<Item> of(long complaintId) {
        return store.of(complaintId).stream().map(r -> new Item(r.id(), r.originalName(), r.mediaType(), r.size()))
                .toList();
    }

    /** A file of a complaint the staff member may read; every download is audited. */
    @Transactional
    public Optional<Download> forStaff(Actor actor, long complaintId, long evidenceId, String ip) {
        Optional<ComplaintStore.Row> complaint = complaints.find(complaintId)
                .filter(row -> ComplaintDesk.readable(actor, row));
        return complaint.flatMap(c -> store.find(complaintId, evidenceId)).map(r -> {
            audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "COMPLAINT_EVIDENCE_VIEWED",
                    AuditResult.SUCCESS, ip).about("complaint", complaintId));
            return files.download(r.storedName(), r.size(), r.mediaType(), r.originalName());
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "9m")
    public int sweep() {
        return files.sweep(store::known, Duration.ofHours(1));
    }
}
