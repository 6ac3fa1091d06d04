package org.jiuzhu.portal.notice.web;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** What the public notice pages print. */
final class PublicNoticePages {

    private PublicNoticePages() {
    }

    @Introspected
    public record Option(String value, String label, boolean selected) {
    }

    @Introspected
    public record Item(long id, String title, String categoryKey, String published, String regions) {
    }

    @Introspected
    public record ListPage(List<Item> notices, List<Option> categories, List<Option> regions, String words,
                           String query, int page, boolean hasPrevious, boolean hasNext) {

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    @Introspected
    public record Attachment(String name, String href, String size) {
    }

    @Introspected
    public record NoticePage(long id, String title, String categoryKey, String published, String expiresOn,
                             String regions, String html, int revision, List<Attachment> attachments) {
    }
}
