package org.jiuzhu.matching.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where the needs of a division lie in a segment. Needs are sorted by village code and codes nest (province 2
 * digits, city 4, county 6, township 9, village 12), so the needs of any division are one run of neighbouring
 * documents, found by two binary searches over the sorted place.
 */
final class Places {

    private static final int[] LEVELS = {2, 4, 6, 9, 12};

    private Places() {
    }

    /** The significant digits of a division code: 98, 9801, 980101, 980101003 or the whole village code. */
    static String prefix(String code) {
        for (int i = LEVELS.length - 1; i > 0; i--) {
            if (!code.substring(LEVELS[i - 1], LEVELS[i]).chars().allMatch(c -> c == '0')) {
                return code.substring(0, LEVELS[i]);
            }
        }
        return code.substring(0, LEVELS[0]);
    }

    /** The code and every division above it, nearest first, as the codes themselves say it. */
    static List<String> chain(String code) {
        List<String> chain = new ArrayList<>();
        String own = prefix(code);
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (LEVELS[i] <= own.length()) {
                chain.add((code.substring(0, LEVELS[i]) + "000000000000").substring(0, 12));
            }
        }
        return chain;
    }

    /** Ascending, non-overlapping {@code [from, to)} document ranges holding the needs of these divisions. */
    static List<int[]> ranges(LeafReader reader, Collection<String> divisions) throws IOException {
        List<int[]> ranges = new ArrayList<>();
        SortedDocValues places = DocValues.getSorted(reader, Documents.PLACE);
        TermsEnum terms = places.termsEnum();
        for (String prefix : divisions.stream().map(Places::prefix).distinct().sorted().toList()) {
            int firstOrd = ceilOrd(terms, prefix, places.getValueCount());
            // ':' follows '9', so prefix + ":" is just past every code with that prefix.
            int endOrd = ceilOrd(terms, prefix + ":", places.getValueCount());
            if (firstOrd < endOrd) {
                add(ranges, new int[]{firstDoc(reader, firstOrd), firstDoc(reader, endOrd)});
            }
        }
        return ranges;
    }

    private static int ceilOrd(TermsEnum terms, String value, int valueCount) throws IOException {
        return terms.seekCeil(new BytesRef(value)) == TermsEnum.SeekStatus.END ? valueCount : (int) terms.ord();
    }

    /** The first document whose place has at least this ordinal; the segment is sorted by place. */
    private static int firstDoc(LeafReader reader, int ord) throws IOException {
        int low = 0;
        int high = reader.maxDoc();
        while (low < high) {
            int middle = (low + high) >>> 1;
            SortedDocValues places = DocValues.getSorted(reader, Documents.PLACE);
            int at = places.advanceExact(middle) ? places.ordValue() : -1;
            if (at < ord) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void add(List<int[]> ranges, int[] range) {
        if (range[0] >= range[1]) {
            return;
        }
        int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && range[0] <= last[1]) {
            last[1] = Math.max(last[1], range[1]);
        } else {
            ranges.add(range);
        }
    }
}
