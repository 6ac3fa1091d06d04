package org.jiuzhu.core.application;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.storage.Download;
import org.jiuzhu.core.storage.FileStore;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ProofStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Proofs for an application: uploaded by the resident while it is being prepared or handled, read by the resident
 * and by staff of its region. Every staff download is audited: proofs carry incomes, diagnoses and ID cards.
 */
@Singleton
public class Proofs {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_NAME = 120;
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private final Applications applications;
    private final ProofStore store;
    private final ProofFiles files;
    private final AuditLog audit;
    private final Clock clock;

    public Proofs(Applications applications, ProofStore store, ProofFiles files, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the upload or answers why not; nothing is kept of a refused upload. */
    public FieldErrors upload(Actor resident, long applicationId, String originalName, ProofKind kind,
                              InputStream content, String ip) {
        Application application = applications.find(resident, applicationId)
                .filter(a -> a.preparedBy(resident.accountId())).orElseThrow(ApplicationNotFound::new);
        FieldErrors errors = new FieldErrors();
        if (!application.status().open() && application.status() != ApplicationStatus.DRAFT) {
            return errors.add("file", "core.proof.error.closed");
        }
        if (kind == null) {
            errors.add("kind", "core.proof.error.kind");
        }
        BufferedInputStream buffered = new BufferedInputStream(content);
        Optional<ProofType> type = ProofType.sniff(buffered);
        if (type.isEmpty()) {
            errors.add("file", "core.proof.error.type");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        FileStore.Written written;
        try {
            written = files.write(buffered, MAX_BYTES);
        } catch (FileStore.TooLarge e) {
            return errors.add("file", "core.proof.error.size");
        }
        try {
            record(resident, applicationId, written, FileStore.displayName(originalName, "proof", MAX_NAME),
                    type.get(), kind, ip);
        } catch (RuntimeException failed) {
            files.discard(written.storedName());
            throw failed;
        }
        return errors;
    }

    @Transactional
    void record(Actor resident, long applicationId, FileStore.Written written, String name, ProofType type,
                ProofKind kind, String ip) {
        ProofStore.Proof proof = store.insert(new ProofStore.Proof(0, applicationId, written.storedName(), name,
                type.mediaType(), written.size(), written.sha256(), kind.name(), resident.accountId(), clock.instant()));
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "PROOF_UPLOADED", AuditResult.SUCCESS, ip)
                .about("application_proof", proof.id()).saying("application=" + applicationId));
    }

    @Transactional(readOnly = true)
    public List<Proof> of(Actor actor, long applicationId) {
        if (!applications.readable(actor, applicationId)) {
            throw new ApplicationNotFound();
        }
        return store.of(applicationId).stream().map(p -> new Proof(p.id(), p.applicationId(), p.originalName(),
                ProofKind.valueOf(p.kind()), p.mediaType(), p.sizeBytes(), p.uploadedAt())).toList();
    }

    /** The proof for its owner or staff of the application's region; staff reads are audited. */
    @Transactional
    public Download open(Actor actor, long applicationId, long proofId, String ip) {
        if (!applications.readable(actor, applicationId)) {
            throw new ApplicationNotFound();
        }
        ProofStore.Proof proof = store.find(applicationId, proofId).orElseThrow(ApplicationNotFound::new);
        if (!actor.is(Role.RESIDENT)) {
            audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "PROOF_VIEWED", AuditResult.SUCCESS, ip)
                    .about("application_proof", proofId));
        }
        return files.download(proof.storedName(), proof.sizeBytes(), proof.mediaType(), proof.originalName());
    }

    /** Files left without a row by a crash or a failed transaction, removed once they are an hour old. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    public int sweep() {
        return files.sweep(store::known, ORPHAN_AGE);
    }
}
