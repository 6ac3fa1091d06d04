package org.jiuzhu.core.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notice.persistence.NoticeStore;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Writing notices (supervisors and administrators, for regions inside their own) and reading them: staff see the
 * notices written in their region in every state; the public sees a notice from its publishing time to its expiry,
 * unless it was withdrawn. Each edit keeps the text before it.
 */
@Singleton
public class Notices {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NoticeStore store;
    private final NoticeForm form;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;

    Notices(NoticeStore store, NoticeForm form, Regions regions, AuditLog audit, Clock clock) {
        this.store = store;
        this.form = form;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a supervisor typed: the category, title, text, target region codes, publishing time and last day. */
    public record Draft(String category, String title, String body, List<String> regions, String publishAt,
                        String expiresOn) {
    }

    /** The notice written (its id), or what is wrong with the draft. */
    public record Saved(long id, FieldErrors errors) {
    }

    public static boolean mayWrite(Actor actor) {
        return actor.is(Role.SUPERVISOR, Role.ADMIN);
    }

    /** Writes a new notice ({@code id} null) or a new revision of one; audited. */
    @Transactional
    public Saved save(Actor actor, @Nullable Long id, Draft draft, String ip) {
        NoticeForm.Checked checked = form.check(actor, draft);
        if (!checked.errors().isEmpty()) {
            return new Saved(0, checked.errors());
        }
        Instant now = clock.instant();
        long saved;
        if (id == null) {
            saved = store.insert(checked.category().name(), checked.title(), checked.body(), checked.publishAt(),
                    checked.expiresOn(), actor.scope().code(), actor.accountId(), now);
        } else if (editable(actor, id).isPresent() && store.update(id, checked.category().name(), checked.title(),
                checked.body(), checked.publishAt(), checked.expiresOn(), actor.accountId(), now)) {
            saved = id;
        } else {
            return new Saved(0, new FieldErrors().add("title", "core.notice.error.gone"));
        }
        store.target(saved, checked.regions().stream().map(r -> new NoticeStore.Target(r.code(),
                r.scope().likePattern())).toList());
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), id == null ? "NOTICE_WRITTEN"
                : "NOTICE_REVISED", AuditResult.SUCCESS, ip).about("notice", saved)
                .saying("category=" + checked.category().name()));
        return new Saved(saved, checked.errors());
    }

    /** Takes a notice off the public pages for good; false when it is not the actor's to withdraw. */
    @Transactional
    public boolean withdraw(Actor actor, long id, String ip) {
        if (editable(actor, id).isEmpty() || !store.withdraw(id, actor.accountId(), clock.instant())) {
            return false;
        }
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "NOTICE_WITHDRAWN", AuditResult.SUCCESS, ip)
                .about("notice", id));
        return true;
    }

    /** A notice written in the actor's region and not withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Notice> editable(Actor actor, long id) {
        return store.find(id).filter(r -> mayWrite(actor) && actor.scope().contains(r.authorRegion())
                && r.withdrawnAt() == null).map(Notices::notice);
    }

    /** Every notice written in the actor's region, newest edit first, at most 200. */
    @Transactional(readOnly = true)
    public List<Notice> writtenIn(Actor actor) {
        return mayWrite(actor) ? store.writtenIn(actor.scope().likePattern(), 200).stream().map(Notices::notice)
                .toList() : List.of();
    }

    @Transactional(readOnly = true)
    public List<Notice.Revision> revisions(Actor actor, long id) {
        return store.find(id).filter(r -> mayWrite(actor) && actor.scope().contains(r.authorRegion()))
                .map(r -> store.revisions(id).stream().map(v -> new Notice.Revision(v.revision(),
                        NoticeCategory.valueOf(v.category()), v.title(), v.body(), v.editedAt())).toList())
                .orElse(List.of());
    }

    /** Published notices for the public, newest first; a region narrows to notices that concern it. */
    @Transactional(readOnly = true)
    public List<Notice> published(@Nullable NoticeCategory category, @Nullable String regionCode, int offset,
                                  int limit) {
        Optional<Region> region = regionCode == null ? Optional.empty() : regions.find(regionCode);
        return store.published(clock.instant(), today(), category == null ? null : category.name(),
                region.map(Region::code).orElse(null), region.map(r -> r.scope().likePattern()).orElse(null), null,
                offset, limit).stream().map(Notices::notice).toList();
    }

    /** The published ones among these notices (a search's results), in the order given, narrowed the same way. */
    @Transactional(readOnly = true)
    public List<Notice> publishedAmong(List<Long> ids, @Nullable NoticeCategory category,
                                       @Nullable String regionCode) {
        Optional<Region> region = regionCode == null ? Optional.empty() : regions.find(regionCode);
        java.util.Map<Long, Notice> found = new java.util.HashMap<>();
        store.published(clock.instant(), today(), category == null ? null : category.name(),
                region.map(Region::code).orElse(null), region.map(r -> r.scope().likePattern()).orElse(null), ids, 0,
                ids.size()).forEach(r -> found.put(r.id(), notice(r)));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Every notice not withdrawn, by id: the texts a search indexes (what it finds is then filtered as published). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Notice> searchable() {
        java.util.Map<Long, Notice> all = new java.util.LinkedHashMap<>();
        store.current().forEach(r -> all.put(r.id(), notice(r)));
        return all;
    }

    /** Changes whenever a notice is written, edited or withdrawn. */
    @Transactional(readOnly = true)
    public String version() {
        return store.version();
    }

    @Transactional(readOnly = true)
    public Optional<Notice> published(long id) {
        return store.publishedOne(id, clock.instant(), today()).map(Notices::notice);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    public Instant now() {
        return clock.instant();
    }

    private static Notice notice(NoticeStore.Row r) {
        return new Notice(r.id(), NoticeCategory.valueOf(r.category()), r.title(), r.body(), List.copyOf(r.regions()),
                r.publishAt(), r.expiresOn(), r.revision(), r.authorRegion(), r.updatedAt(), r.withdrawnAt());
    }
}
