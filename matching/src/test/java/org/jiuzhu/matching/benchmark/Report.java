package org.jiuzhu.matching.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** What the benchmark prints: the machine, the corpus, the rebuild, each series and the targets it met or missed. */
final class Report {

    private static final long REBUILD_TARGET_MS = 60_000;
    private static final double P50_TARGET_MS = 2;
    private static final double P99_TARGET_MS = 10;
    private static final double RATIO_TARGET = 100;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void machine(Corpus.Size size, Path dataDir) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Matching benchmark: %,d offers and %,d needs (seed %d), data in %s%n", size.offers(),
                size.needs(), size.seed(), dataDir);
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %,d MB%n", runtime.availableProcessors(),
                System.getProperty("java.version"), runtime.maxMemory() >> 20);
    }

    void line(String topic, String text) {
        out.printf("%-8s %s%n", topic + ":", text);
    }

    void rebuild(long millis, int offers, int needs, Path indexFolder) {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        line("rebuild", String.format(Locale.ROOT, "%,d documents (%,d offers + %,d needs searchable) in %.1f s, "
                        + "%,d documents/s; indexes %,d MB on disk; heap in use after GC %,d MB   [target <= 60 s: %s]",
                offers + needs, offers, needs, millis / 1000.0, (offers + needs) * 1000L / Math.max(1, millis),
                size(indexFolder) >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                verdict(millis <= REBUILD_TARGET_MS)));
    }

    void matches(Timings needToOffers, Timings offerToNeeds, Timings needByIds, Timings offerByIds,
                 Timings sqlNeedToOffers, Timings sqlOfferToNeeds) {
        out.println();
        out.println("Lucene, query document in memory (the engine alone, reasons included):");
        series("need -> top-10 offers", needToOffers);
        series("offer -> top-10 needs", offerToNeeds);
        out.println("Lucene, by id as the JSON API answers (the query document read from MariaDB first):");
        out.println("  need -> top-10 offers   " + needByIds.summary());
        out.println("  offer -> top-10 needs   " + offerByIds.summary());
        out.println("MariaDB, the same filters and words with LIKE (SqlBaseline):");
        out.println("  need -> top-10 offers   " + sqlNeedToOffers.summary());
        out.println("  offer -> top-10 needs   " + sqlOfferToNeeds.summary());
        out.println();
        ratio("need -> offers", needToOffers, sqlNeedToOffers);
        ratio("offer -> needs", offerToNeeds, sqlOfferToNeeds);
    }

    private void series(String name, Timings timings) {
        out.printf(Locale.ROOT, "  %-23s %s   [targets p50 <= 2 ms: %s, p99 <= 10 ms: %s]%n", name, timings.summary(),
                verdict(timings.percentileMillis(50) <= P50_TARGET_MS),
                verdict(timings.percentileMillis(99) <= P99_TARGET_MS));
    }

    private void ratio(String name, Timings lucene, Timings sql) {
        double p50 = sql.percentileMillis(50) / lucene.percentileMillis(50);
        double mean = sql.meanMillis() / lucene.meanMillis();
        out.printf(Locale.ROOT, "ratio %-15s SQL/Lucene %,.0fx at p50, %,.0fx on the mean   [target >= 100x: %s]%n",
                name, p50, mean, verdict(p50 >= RATIO_TARGET));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static long size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
