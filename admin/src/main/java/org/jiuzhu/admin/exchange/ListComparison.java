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
     * A row as compared: its line, the person's index, its region (or null), and what is decrypted only when asked for:
     * the facts by column key (once, when a rule could fire on the person), the ID number and name (a warning being
     * raised). Most rows of a large list are of people no rule concerns.
     */
    final class Person {

        private final int line;
        private final byte[] personIndex;
        private final String regionCode;
        private final Supplier<Map<String, String>> readFacts;
        private final Supplier<String> idNumber;
        private final Supplier<String> name;
        private Map<String, String> facts;

        public Person(int line, byte[] personIndex, String regionCode, Supplier<Map<String, String>> facts,
                      Supplier<String> idNumber, Supplier<String> name) {
            this.line = line;
            this.personIndex = personIndex;
            this.regionCode = regionCode;
            this.readFacts = facts;
            this.idNumber = idNumber;
            this.name = name;
        }

        public int line() {
            return line;
        }

        public byte[] personIndex() {
            return personIndex;
        }

        public String regionCode() {
            return regionCode;
        }

        public Map<String, String> facts() {
            if (facts == null) {
                facts = readFacts.get();
            }
            return facts;
        }

        public Supplier<String> idNumber() {
            return idNumber;
        }

        public Supplier<String> name() {
            return name;
        }
    }
}
