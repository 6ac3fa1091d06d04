package org.jiuzhu.admin.notice.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.notice.Markdown;
import org.jiuzhu.core.notice.Notice;
import org.jiuzhu.core.notice.NoticeAttachments;
import org.jiuzhu.core.notice.NoticeCategory;
import org.jiuzhu.core.notice.Notices;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the notice pages from notices: the list rows and the form, filled from a notice or from what was typed. */
@Singleton
class NoticeViews {

    static final String REGION_FIELD = "region-";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Notices notices;
    private final Regions regions;
    private final Markdown markdown;
    private final NoticeAttachments attachments;

    NoticeViews(Notices notices, Regions regions, Markdown markdown, NoticeAttachments attachments) {
        this.notices = notices;
        this.regions = regions;
        this.markdown = markdown;
        this.attachments = attachments;
    }

    NoticePages.Row row(Notice n) {
        return new NoticePages.Row(n.id(), n.title(), n.category().messageKey(),
                n.state(notices.now(), notices.today()).messageKey(), shown(n.publishAt()),
                n.expiresOn() == null ? "" : n.expiresOn().toString(), n.revision(),
                n.regions().stream().map(regions::pathName).collect(Collectors.joining("、")));
    }

    /** The form for {@code notice} (null: a new one), showing {@code typed} instead when a submission failed. */
    NoticePages.FormPage form(Actor actor, @Nullable Notice notice, Map<String, String> typed,
                              Map<String, String> errors, @Nullable String noticeKey) {
        Map<String, String> values = typed.isEmpty() ? values(notice) : typed;
        return new NoticePages.FormPage(notice == null ? 0 : notice.id(),
                notice == null ? "" : notice.state(notices.now(), notices.today()).messageKey(),
                Arrays.stream(NoticeCategory.values()).map(c -> new NoticePages.Choice(c.name(), c.messageKey(),
                        c.name().equals(values.get("category")))).toList(),
                regions.within(actor.scope()).stream().filter(r -> r.level() != DivisionLevel.VILLAGE)
                        .map(r -> new NoticePages.Target(r.code(), REGION_FIELD + r.code(), regions.pathName(r.code()),
                                "yes".equals(values.get(REGION_FIELD + r.code())))).toList(),
                values, errors, notice == null ? "" : markdown.html(notice.body()),
                notice == null ? List.of() : notices.revisions(actor, notice.id()).stream().map(v ->
                        new NoticePages.Revision(v.revision(), v.title(), v.category().messageKey(), shown(v.editedAt()),
                                markdown.html(v.body()))).toList(),
                notice == null ? List.of() : attachments.of(notice.id()).stream().map(a -> new NoticePages.Attachment(
                        a.id(), a.name(), kilobytes(a.size()), "/notices/" + notice.id() + "/attachments/" + a.id()))
                        .toList(), noticeKey);
    }

    private static Map<String, String> values(@Nullable Notice notice) {
        Map<String, String> values = new HashMap<>();
        if (notice != null) {
            values.put("category", notice.category().name());
            values.put("title", notice.title());
            values.put("body", notice.body());
            values.put("publishAt", LOCAL_INPUT.format(notice.publishAt().atZone(CHINA)));
            values.put("expiresOn", notice.expiresOn() == null ? "" : notice.expiresOn().toString());
            notice.regions().forEach(code -> values.put(REGION_FIELD + code, "yes"));
        }
        return values;
    }

    static String kilobytes(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }

    static String shown(Instant at) {
        return SHOWN.format(at.atZone(CHINA));
    }
}
