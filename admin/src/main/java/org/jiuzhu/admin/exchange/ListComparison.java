package org.jiuzhu.admin.exchange;

import org.jiuzhu.core.account.Department;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What compares an imported list with the low-income database (the monitoring area implements it). The importer hands
 * it the accepted rows a chunk at a time, each inside the transaction that also records how far the comparison got,
 * so a chunk's warnings are written exactly once even when a crash interrupts the comparison.
 */
public interface ListComparison {

    /** Compares a chunk of rows; answers how many warnings they raised (new or seen again). */
    long compare(Listed list, List<Person> rows);

    /** After the last chunk, what needs the whole list (who is missing from it); answers warnings raised. */
    long finish(Listed list);

    /** The list: its batch, kind, who handed it over, the region it covers, and when. */
    record Listed(long batchId, ListKind kind, Department department, String regionCode, Instant uploadedAt) {
    }

    /**
     * A row as compared: its line, the person's index, its region (or null) and facts by column key. The ID number
     * and name are decrypted only when asked for (a warning being raised), not for every row of a large list.
     */
    record Person(int line, byte[] personIndex, String regionCode, Map<String, String> facts,
                  Supplier<String> idNumber, Supplier<String> name) {
    }
}
