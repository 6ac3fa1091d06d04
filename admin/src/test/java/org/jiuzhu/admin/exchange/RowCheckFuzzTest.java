package org.jiuzhu.admin.exchange;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any row of any list kind, with cells of any text, is either accepted as a row or refused with its problems, never
 * both and never with an exception: what a department uploads cannot stop an import.
 */
class RowCheckFuzzTest {

    private static final RegionScope CITY = new RegionScope("990100000000", DivisionLevel.CITY);

    @FuzzTest(maxDuration = "5m")
    void everyRowIsAcceptedOrRefusedWithItsProblems(FuzzedDataProvider data) {
        ListKind kind = data.pickValue(ListKind.values());
        int columns = kind.columns().size();
        int[] positions = new int[columns];
        for (int i = 0; i < columns; i++) {
            positions[i] = data.consumeBoolean() ? i : -1;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            cells.add(data.consumeBoolean() ? null : data.consumeString(60));
        }
        RowCheck check = new RowCheck(kind, positions, code -> code.startsWith("99"), CITY, LocalDate.of(2026, 6, 1));

        RowCheck.Result result = check.check(data.consumeInt(2, 1_000_000), cells);

        assertThat(result.row() == null).isNotEqualTo(result.problems().isEmpty());
        if (result.row() != null) {
            assertThat(result.row().region()).startsWith("9901");
        }
    }
}
