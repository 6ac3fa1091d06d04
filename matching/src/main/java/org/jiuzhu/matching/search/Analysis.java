package org.jiuzhu.matching.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Text analysis for both indexes: smartcn words in {@code text}, and CJK bigrams in {@code bigram}, because smartcn
 * splits domain words it does not know (照护 into 照 and 护, 助学 into 助 and 学) that bigrams keep whole.
 */
final class Analysis {

    static final String TEXT = "text";
    static final String BIGRAM = "bigram";
    /** Enough terms to describe a need; a longer text adds little but costs time per query. */
    static final int MAX_QUERY_TERMS = 40;

    private final Analyzer words = new SmartChineseAnalyzer(true);
    private final Analyzer bigrams = new CJKAnalyzer();
    private final Analyzer perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
            Map.of(TEXT, words, BIGRAM, bigrams));

    Analyzer indexing() {
        return perField;
    }

    /** Words in {@code wordFields}, bigrams in {@code bigramFields}, any other field kept whole. */
    Analyzer indexing(Set<String> wordFields, Set<String> bigramFields) {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        wordFields.forEach(f -> fields.put(f, words));
        bigramFields.forEach(f -> fields.put(f, bigrams));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /** The distinct terms of {@code text} in the given field's analysis, in order of appearance. */
    Set<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        Analyzer analyzer = field.equals(BIGRAM) ? bigrams : words;
        try (TokenStream stream = analyzer.tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
