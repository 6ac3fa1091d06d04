package org.jiuzhu.matching.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.jiuzhu.EmbeddedMode;
import org.jiuzhu.matching.search.DocumentSource;
import org.jiuzhu.matching.search.Indexes;
import org.jiuzhu.matching.search.Matcher;
import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.OfferDocument;
import org.jiuzhu.matching.search.Side;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The matching benchmark: generates the synthetic corpus into the embedded MariaDB (once; kept under
 * {@code target/benchmark}), rebuilds both indexes from the database, then times need to top-10 offers and offer to
 * top-10 needs on Lucene and the same matches in SQL, and prints the figures. Run it with
 * {@code ./mvnw -q -Pbenchmark test-compile exec:exec}; sizes and counts are system properties, see
 * {@code docs/BENCHMARKS.md}. Single-threaded, one query at a time: latency, not throughput.
 */
public final class MatchingBenchmark {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The embedded database's process watcher is not a daemon thread; exiting runs its shutdown hook.
        System.exit(status);
    }

    private static void run() throws Exception {
        Corpus.Size size = new Corpus.Size(Integer.getInteger("benchmark.offers", 100_000),
                Integer.getInteger("benchmark.needs", 1_000_000), Long.getLong("benchmark.seed", 42));
        int queries = Integer.getInteger("benchmark.queries", 10_000);
        int sqlQueries = Integer.getInteger("benchmark.sqlQueries", 200);
        LocalDate today = LocalDate.now(CHINA);
        Report report = new Report(System.out);
        report.machine(size, EmbeddedMode.dataDir());
        Map<String, Object> properties = Map.of("jiuzhu.search.indexer", false);

        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            Corpus corpus = new Corpus(raw(context));
            if (corpus.present(size)) {
                report.line("corpus", "already in the database (delete target/benchmark to generate it again)");
            } else {
                report.line("corpus", "generating ...");
                report.line("corpus", String.format(Locale.ROOT, "generated in %.1f s",
                        corpus.generate(size, today) / 1000.0));
                report.line("corpus", String.format(Locale.ROOT, "written out by MariaDB in %.1f s more; the "
                        + "machine is still busy with the load, so run again for a rebuild on a database at rest",
                        corpus.settle() / 1000.0));
            }
        }
        // A new context, so that nothing cached before the corpus existed (the region tree) is used.
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            Indexes indexes = context.getBean(Indexes.class);
            Matcher matcher = context.getBean(Matcher.class);
            long started = System.nanoTime();
            if (Boolean.parseBoolean(System.getProperty("benchmark.rebuild", "true"))) {
                indexes.rebuild();
            }
            report.rebuild((System.nanoTime() - started) / 1_000_000, matcher.size(Side.OFFER),
                    matcher.size(Side.NEED), EmbeddedMode.dataDir().resolve("search"));

            Samples samples = new Samples(raw(context), source(context, Side.NEED), source(context, Side.OFFER),
                    size.seed());
            List<NeedDocument> needs = samples.needs(queries);
            List<OfferDocument> offers = samples.offers(queries);
            Runs runs = new Runs(matcher, new SqlBaseline(raw(context), indexes), today);
            runs.warmUp(needs, offers);
            Timings needToOffers = runs.offersForNeeds(needs);
            Timings offerToNeeds = runs.needsForOffers(offers);
            Timings needByIds = runs.offersForNeedIds(needs);
            Timings offerByIds = runs.needsForOfferIds(offers);
            Timings sqlNeedToOffers = runs.sqlOffersForNeeds(needs.subList(0, Math.min(sqlQueries, needs.size())));
            Timings sqlOfferToNeeds = runs.sqlNeedsForOffers(offers.subList(0, Math.min(sqlQueries, offers.size())));
            report.matches(needToOffers, offerToNeeds, needByIds, offerByIds, sqlNeedToOffers, sqlOfferToNeeds);
        }
    }

    private static DataSource raw(ApplicationContext context) {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <D> DocumentSource<D> source(ApplicationContext context, Side side) {
        for (DocumentSource source : context.getBeansOfType(DocumentSource.class)) {
            if (source.side() == side) {
                return source;
            }
        }
        throw new IllegalStateException("no document source for " + side);
    }
}
