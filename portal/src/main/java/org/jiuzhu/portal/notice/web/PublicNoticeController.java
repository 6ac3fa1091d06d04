package org.jiuzhu.portal.notice.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.chrome.web.Downloads;
import org.jiuzhu.core.storage.Download;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.notice.Markdown;
import org.jiuzhu.core.notice.Notice;
import org.jiuzhu.core.notice.NoticeAttachments;
import org.jiuzhu.core.notice.NoticeCategory;
import org.jiuzhu.core.notice.Notices;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.TextSearch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /notices}: what is published now, newest first, or the best matches for words searched (in Chinese, through
 * the matching area's {@link TextSearch}), narrowed by category and by the reader's region (a region shows its own
 * notices and those of the regions above and below it); a page and a print view per notice. The feed
 * is {@link NoticeFeedController}.
 */
@Controller("/notices")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicNoticeController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_FOUND = 200;
    private static final int MAX_QUERY = 100;
    private static final int MAX_PAGE = 10_000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notices notices;
    private final Regions regions;
    private final Markdown markdown;
    private final Refusals refusals;
    private final TextSearch search;
    private final NoticeAttachments attachments;

    PublicNoticeController(Notices notices, Regions regions, Markdown markdown, Refusals refusals, TextSearch search,
                           NoticeAttachments attachments) {
        this.notices = notices;
        this.attachments = attachments;
        this.regions = regions;
        this.markdown = markdown;
        this.refusals = refusals;
        this.search = search;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<PublicNoticePages.ListPage> list(@QueryValue Optional<String> category,
                                                  @QueryValue Optional<String> region,
                                                  @QueryValue Optional<String> q,
                                                  @QueryValue Optional<Integer> page) {
        NoticeCategory chosen = Arrays.stream(NoticeCategory.values())
                .filter(c -> c.name().equals(category.orElse(""))).findFirst().orElse(null);
        String place = region.filter(code -> regions.find(code).isPresent()).orElse(null);
        String words = q.map(String::strip).filter(w -> !w.isEmpty()).map(w -> w.length() > MAX_QUERY
                ? w.substring(0, MAX_QUERY) : w).orElse(null);
        // Bounded: a page number typed into the address must not overflow the offset.
        int shown = Math.min(MAX_PAGE, Math.max(0, page.orElse(0)));
        List<Notice> found = words == null ? notices.published(chosen, place, shown * PAGE_SIZE, PAGE_SIZE + 1)
                : notices.publishedAmong(search.rank("notices", notices.version(), this::texts, words, MAX_FOUND),
                        chosen, place).stream().skip((long) shown * PAGE_SIZE).limit(PAGE_SIZE + 1).toList();
        String query = Stream.of(chosen == null ? null : "category=" + chosen.name(),
                place == null ? null : "region=" + place,
                words == null ? null : "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))
                .filter(Objects::nonNull).collect(Collectors.joining("&"));
        return new ModelAndView<>("portal/notice/list", new PublicNoticePages.ListPage(
                found.stream().limit(PAGE_SIZE).map(this::item).toList(),
                Arrays.stream(NoticeCategory.values()).map(c -> new PublicNoticePages.Option(c.name(), c.messageKey(),
                        c == chosen)).toList(),
                regions.divisions().stream().map(r -> new PublicNoticePages.Option(r.code(),
                        regions.pathName(r.code()), r.code().equals(place))).toList(),
                words == null ? "" : words, query.isEmpty() ? "" : query + "&", shown, shown > 0,
                found.size() > PAGE_SIZE));
    }

    private Map<Long, TextSearch.Text> texts() {
        Map<Long, TextSearch.Text> texts = new LinkedHashMap<>();
        notices.searchable().forEach((id, n) -> texts.put(id, new TextSearch.Text(n.title(), n.body())));
        return texts;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> show(HttpRequest<?> request, @PathVariable long id) {
        return page(request, id, "portal/notice/notice");
    }

    @Get("/{id}/print")
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> print(HttpRequest<?> request, @PathVariable long id) {
        return page(request, id, "portal/notice/print");
    }

    // The file's own type on success; a refusal is the HTML error page, which must not become a 406.
    @Get("/{id}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_PDF, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.TEXT_HTML})
    MutableHttpResponse<?> attachment(HttpRequest<?> request, @PathVariable long id, @PathVariable long attachmentId) {
        Optional<Download> download = attachments.published(id, attachmentId);
        if (download.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return Downloads.ok(download.get());
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, long id, String view) {
        Optional<Notice> notice = notices.published(id);
        if (notice.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        Notice n = notice.get();
        return HttpResponse.ok(new ModelAndView<>(view, new PublicNoticePages.NoticePage(n.id(), n.title(),
                n.category().messageKey(), shown(n.publishAt()), n.expiresOn() == null ? "" : n.expiresOn().toString(),
                regionNames(n), markdown.html(n.body()), n.revision(), attachments.of(n.id()).stream().map(a ->
                        new PublicNoticePages.Attachment(a.name(), "/notices/" + n.id() + "/attachments/" + a.id(),
                                (a.size() + 1023) / 1024 + " KB")).toList())));
    }

    private PublicNoticePages.Item item(Notice n) {
        return new PublicNoticePages.Item(n.id(), n.title(), n.category().messageKey(), shown(n.publishAt()),
                regionNames(n));
    }

    private String regionNames(Notice n) {
        return n.regions().stream().map(regions::pathName).collect(Collectors.joining("、"));
    }

    private static String shown(Instant at) {
        return SHOWN.format(at.atZone(CHINA));
    }
}
