package org.jiuzhu.admin.exchange.web;

import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.Batch;
import org.jiuzhu.admin.exchange.Column;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.persistence.RecordStore;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.chrome.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Records of the data exchange pages: the kinds and the upload form, a batch's progress, its report. */
@Singleton
public class ExchangePages {

    static final int REPORT_ROWS = 200;

    private final Clock clock;

    ExchangePages(Clock clock) {
        this.clock = clock;
    }

    /** A kind of list the department hands over, with its template links and columns. */
    public record KindRow(String value, String key, String csv, String xlsx, List<String> headers) {
    }

    public record BatchRow(long id, String kindKey, String fileName, String statusKey, String uploadedAt,
                           long accepted, long rejected) {
    }

    public record ListPage(boolean uploads, List<KindRow> kinds, List<BatchRow> batches, Map<String, String> errors,
                           Map<String, String> typed, long maxMegabytes) {
    }

    /** Where an import stands; also the JSON the page's script polls. */
    @io.micronaut.serde.annotation.Serdeable
    public record Progress(String status, boolean finished, int permille, long rowsDone, long accepted, long rejected,
                           long rowsPerSecond, long secondsLeft, long compared, long warnings) {
    }

    public record RejectionRow(int line, String column, String reasonKey) {
    }

    public record DetailPage(long id, String kindKey, String fileName, String format, long kilobytes,
                             String statusKey, String uploadedAt, String finishedAt, Progress progress,
                             String failureKey, String failureDetail, List<RejectionRow> rejections,
                             boolean moreRejections, String noticeKey) {
    }

    ListPage list(Actor staff, List<Batch> batches, Map<String, String> errors, Map<String, String> typed) {
        List<KindRow> kinds = staff.is(Role.DEPARTMENT) ? ListKind.of(staff.department()).stream().map(k ->
                new KindRow(k.name(), k.messageKey(), "/admin/exchanges/templates/" + k.slug() + ".csv",
                        "/admin/exchanges/templates/" + k.slug() + ".xlsx",
                        k.columns().stream().map(c -> c.header() + (c.required() ? "" : "（选填）")).toList())).toList()
                : List.of();
        List<BatchRow> rows = batches.stream().map(b -> new BatchRow(b.id(), b.kind().messageKey(), b.fileName(),
                statusKey(b.status()), Formats.dateTime(b.uploadedAt()), b.rowsAccepted(), b.rowsRejected())).toList();
        return new ListPage(!kinds.isEmpty(), kinds, rows, errors, typed,
                org.jiuzhu.admin.exchange.Exchanges.MAX_BYTES / 1024 / 1024);
    }

    Progress progress(Batch b) {
        Instant now = clock.instant();
        boolean comparing = b.status() == Batch.Status.COMPARING;
        return new Progress(b.status().name(), b.status().finished(), comparing ? b.comparedPermille() : b.permille(),
                comparing ? b.comparedRows() : b.rowsDone(), b.rowsAccepted(), b.rowsRejected(),
                b.rowsPerSecond(now), b.secondsLeft(now), b.comparedRows(), b.warningsRaised());
    }

    DetailPage detail(Batch b, List<RecordStore.Rejection> rejections, String noticeKey) {
        List<RejectionRow> rows = rejections.stream().limit(REPORT_ROWS).map(r -> new RejectionRow(r.line(),
                header(b.kind(), r.field()), "admin.exchange.reason." + r.reason())).toList();
        return new DetailPage(b.id(), b.kind().messageKey(), b.fileName(), b.format(), (b.sizeBytes() + 1023) / 1024,
                statusKey(b.status()), Formats.dateTime(b.uploadedAt()),
                b.finishedAt() == null ? "" : Formats.dateTime(b.finishedAt()), progress(b), b.failure(),
                b.failureDetail() == null ? "" : b.failureDetail(), rows, rejections.size() > REPORT_ROWS, noticeKey);
    }

    /** The column as the file calls it. */
    static String header(ListKind kind, String key) {
        return kind.columns().stream().filter(c -> c.key().equals(key)).map(Column::header).findFirst().orElse(key);
    }

    static String statusKey(Batch.Status status) {
        return "admin.exchange.status." + status.name().toLowerCase(Locale.ROOT);
    }
}
