package org.jiuzhu.admin.notice.web;

import io.micronaut.core.annotation.Introspected;

import java.util.List;
import java.util.Map;

/** What the notice pages print. */
final class NoticePages {

    private NoticePages() {
    }

    /** A notice in the staff list. */
    @Introspected
    public record Row(long id, String title, String categoryKey, String stateKey, String publishAt, String expiresOn,
                      int revision, String regions) {
    }

    @Introspected
    public record ListPage(List<Row> notices) {
    }

    /** A region a notice may be for, as a checkbox. */
    @Introspected
    public record Target(String code, String field, String label, boolean checked) {
    }

    @Introspected
    public record Choice(String value, String labelKey, boolean selected) {
    }

    @Introspected
    public record Attachment(long id, String name, String size, String href) {
    }

    @Introspected
    public record Revision(int revision, String title, String categoryKey, String editedAt, String html) {
    }

    /**
     * The form for a new notice ({@code id} 0) or an existing one, with what was typed and what is wrong with it, the
     * current text as the public sees it, and the earlier texts.
     */
    @Introspected
    public record FormPage(long id, String stateKey, List<Choice> categories, List<Target> targets,
                           Map<String, String> typed, Map<String, String> errors, String previewHtml,
                           List<Revision> revisions, List<Attachment> attachments, String noticeKey) {

        public boolean existing() {
            return id > 0;
        }
    }
}
