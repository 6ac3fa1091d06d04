package org.jiuzhu.core.notice;

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
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notice.persistence.AttachmentStore;
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
import java.util.List;
import java.util.Optional;

/**
 * Files attached to notices: PDF, JPEG or PNG (recognised from their first bytes, whatever the name says), 10 MB at
 * most, added and removed by whoever may edit the notice, downloaded by anyone while the notice is published.
 */
@Singleton
public class NoticeAttachments {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_NAME = 100;

    private final AttachmentStore store;
    private final Notices notices;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    NoticeAttachments(AttachmentStore store, Notices notices, AuditLog audit, Clock clock,
                      @Value("${jiuzhu.notices.dir:}") String configured, FileCipher cipher) {
        this.store = store;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.files = new FileStore(configured.isBlank() ? EmbeddedMode.dataDir().resolve("notices")
                : Paths.get(configured).toAbsolutePath(), cipher, "notices");
    }

    /** An attachment as listed. */
    public record Attachment(long id, String name, String mediaType, long size, Instant addedAt) {
    }

    /** Files stored before files were encrypted are encrypted before anyone can ask for them. */
    @EventListener
    void sealLegacy(StartupEvent started) {
        files.sealLegacy();
    }

    /** Stores the file for the notice or answers why not; nothing is kept of a refused file. */
    public FieldErrors add(Actor actor, long noticeId, String originalName, InputStream content, String ip) {
        FieldErrors errors = new FieldErrors();
        if (notices.editable(actor, noticeId).isEmpty()) {
            return errors.add("file", "core.notice.error.gone");
        }
        BufferedInputStream buffered = new BufferedInputStream(content);
        Optional<ProofType> type = ProofType.sniff(buffered);
        if (type.isEmpty()) {
            return errors.add("file", "core.notice.error.fileType");
        }
        FileStore.Written written;
        try {
            written = files.write(buffered, MAX_BYTES);
        } catch (FileStore.TooLarge e) {
            return errors.add("file", "core.notice.error.fileSize");
        }
        try {
            record(actor, noticeId, written, FileStore.displayName(originalName, "附件", MAX_NAME), type.get(), ip);
        } catch (RuntimeException failed) {
            files.discard(written.storedName());
            throw failed;
        }
        return errors;
    }

    @Transactional
    protected void record(Actor actor, long noticeId, FileStore.Written written, String name, ProofType type,
                          String ip) {
        store.insert(noticeId, written.storedName(), name, type.mediaType(), written.size(), written.sha256(),
                actor.accountId(), clock.instant());
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "NOTICE_ATTACHMENT_ADDED",
                AuditResult.SUCCESS, ip).about("notice", noticeId).saying("type=" + type.name()));
    }

    /** Removes an attachment from a notice the actor may edit; its file goes with it. */
    @Transactional
    public boolean remove(Actor actor, long noticeId, long attachmentId, String ip) {
        if (notices.editable(actor, noticeId).isEmpty()) {
            return false;
        }
        Optional<String> removed = store.remove(noticeId, attachmentId, clock.instant());
        removed.ifPresent(stored -> audit.record(AuditEvent.of(actor.accountId(), actor.role().name(),
                "NOTICE_ATTACHMENT_REMOVED", AuditResult.SUCCESS, ip).about("notice", noticeId)));
        return removed.isPresent();
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(long noticeId) {
        return store.of(noticeId).stream().map(r -> new Attachment(r.id(), r.originalName(), r.mediaType(), r.size(),
                r.addedAt())).toList();
    }

    /** The file of a published notice's attachment. */
    @Transactional(readOnly = true)
    public Optional<Download> published(long noticeId, long attachmentId) {
        return notices.published(noticeId).flatMap(n -> store.find(noticeId, attachmentId))
                .map(r -> files.download(r.storedName(), r.size(), r.mediaType(), r.originalName()));
    }

    /** Files without a current attachment (a failed transaction, a removal) go once they are an hour old. */
    @Scheduled(fixedDelay = "1h", initialDelay = "7m")
    public int sweep() {
        return files.sweep(store::known, Duration.ofHours(1));
    }
}
