package org.jiuzhu.matching.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code n} documents by relevance plus {@link Boosts}. Once it holds {@code n}, a document whose relevance
 * is below the n-th total minus the largest boost cannot get in, and the scorer is told so: it may skip whole blocks
 * of postings (MaxScore, WAND). Ties go to the lower document, as Lucene's own collector does.
 */
final class TopBoosted implements Collector {

    private record Hit(int doc, double score) {
    }

    private static final Comparator<Hit> WORST_FIRST = Comparator.comparingDouble(Hit::score)
            .thenComparing(Hit::doc, Comparator.reverseOrder());

    private final int n;
    private final Boosts boosts;
    private final PriorityQueue<Hit> heap;

    TopBoosted(int n, Boosts boosts) {
        this.n = n;
        this.boosts = boosts;
        this.heap = new PriorityQueue<>(n + 1, WORST_FIRST);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Boosts.Leaf leaf = boosts.leaf(context);
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                this.scorer = scorer;
                raiseMinimum();
            }

            @Override
            public void collect(int doc) throws IOException {
                Hit hit = new Hit(context.docBase + doc, scorer.score() + leaf.of(doc));
                if (heap.size() < n) {
                    heap.add(hit);
                } else if (WORST_FIRST.compare(hit, heap.peek()) > 0) {
                    heap.poll();
                    heap.add(hit);
                } else {
                    return;
                }
                raiseMinimum();
            }

            private void raiseMinimum() throws IOException {
                if (heap.size() == n) {
                    double minimum = heap.peek().score() - boosts.max();
                    if (minimum > 0) {
                        scorer.setMinCompetitiveScore(Math.nextDown((float) minimum));
                    }
                }
            }
        };
    }

    /** Best first; scores are relevance plus boosts. */
    ScoreDoc[] top() {
        List<Hit> hits = new ArrayList<>(heap);
        hits.sort(WORST_FIRST.reversed());
        return hits.stream().map(h -> new ScoreDoc(h.doc(), (float) h.score())).toArray(ScoreDoc[]::new);
    }
}
