package org.jiuzhu.core.notice;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules a notice's draft must meet before it is written; each broken one is named on its field. */
@Singleton
class NoticeForm {

    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 20_000;

    private final Regions regions;
    private final Clock clock;

    NoticeForm(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    /** A draft that passed, or the errors it has (then the other parts are not to be used). */
    record Checked(NoticeCategory category, String title, String body, List<Region> regions, Instant publishAt,
                   LocalDate expiresOn, FieldErrors errors) {
    }

    Checked check(Actor actor, Notices.Draft draft) {
        FieldErrors errors = new FieldErrors();
        NoticeCategory category = category(draft.category());
        if (category == null) {
            errors.add("category", "core.notice.error.category");
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.length() < 2 || title.length() > MAX_TITLE) {
            errors.add("title", "core.notice.error.title");
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty() || body.length() > MAX_BODY) {
            errors.add("body", "core.notice.error.body");
        }
        List<Region> targets = targets(actor, draft.regions(), errors);
        Instant publishAt = publishAt(draft.publishAt(), errors);
        LocalDate expiresOn = expiresOn(draft.expiresOn(), errors);
        if (publishAt != null && expiresOn != null
                && expiresOn.isBefore(publishAt.atZone(Notices.CHINA).toLocalDate())) {
            errors.add("expiresOn", "core.notice.error.expiresBeforePublish");
        }
        return new Checked(category, title, body, targets, publishAt, expiresOn, errors);
    }

    private static NoticeCategory category(String value) {
        for (NoticeCategory c : NoticeCategory.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }

    private List<Region> targets(Actor actor, List<String> codes, FieldErrors errors) {
        List<Region> targets = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Optional<Region> region = regions.find(code).filter(r -> actor.scope().contains(r.code()));
            if (region.isEmpty()) {
                errors.add("regions", "core.notice.error.regionOutside");
                return List.of();
            }
            if (targets.stream().noneMatch(t -> t.code().equals(code))) {
                targets.add(region.get());
            }
        }
        if (targets.isEmpty() && !errors.has("regions")) {
            errors.add("regions", "core.notice.error.regions");
        }
        return targets;
    }

    /** Blank is now; otherwise a local time in China as a {@code datetime-local} field sends it. */
    private Instant publishAt(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Notices.CHINA).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("publishAt", "core.notice.error.publishAt");
            return null;
        }
    }

    private LocalDate expiresOn(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add("expiresOn", "core.notice.error.expiresOn");
            return null;
        }
    }
}
