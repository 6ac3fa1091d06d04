package org.jiuzhu.matching.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jiuzhu.matching.TextSearch;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a visitor types into the notices' search box, the query built from it runs and answers known ids, at most
 * the limit, best first; nothing escapes (Lucene's clause limit included).
 */
class TextSearchFuzzTest {

    private static final Map<Long, TextSearch.Text> TEXTS = Map.of(
            1L, new TextSearch.Text("关于提高城乡低保标准的通知", "自下月起提高城乡最低生活保障标准。"),
            2L, new TextSearch.Text("临时救助办事指南", "因火灾、交通事故、突发重大疾病导致基本生活困难的，可以申请临时救助。"),
            3L, new TextSearch.Text("Notice 2026", "English words, numbers 12345 and symbols ()[]{}:*?\\\"~^+-!&|/"));

    private final TextIndexes indexes = new TextIndexes();

    @FuzzTest(maxDuration = "5m")
    void anyQueryRunsAndAnswersKnownTexts(FuzzedDataProvider data) {
        int limit = data.consumeInt(1, 50);
        String query = data.consumeRemainingAsString();

        List<Long> ids = indexes.rank("notices", "v1", () -> TEXTS, query, limit);

        assertThat(ids).hasSizeLessThanOrEqualTo(limit).doesNotHaveDuplicates();
        assertThat(TEXTS.keySet()).containsAll(ids);
    }
}
