package org.jiuzhu.admin.exchange;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.persistence.BatchStore;
import org.jiuzhu.admin.exchange.persistence.RecordStore;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The comparison of an imported list, for the worker that holds the batch: chunk after chunk from where an earlier
 * worker got to, each with how far it got, then what needs the whole list. A row's facts are decrypted when a rule
 * could fire on its person; ID numbers and names only when a warning is raised.
 */
@Singleton
class ComparisonRun {

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRun.class);
    private static final Argument<Map<String, String>> FACTS = Argument.mapOf(String.class, String.class);

    private final ImportSteps steps;
    private final ListComparison comparison;
    private final FieldCipher cipher;
    private final JsonMapper json;

    ComparisonRun(ImportSteps steps, ListComparison comparison, FieldCipher cipher, JsonMapper json) {
        this.steps = steps;
        this.comparison = comparison;
        this.cipher = cipher;
        this.json = json;
    }

    void run(BatchStore.Row batch, String worker) {
        ListComparison.Listed list = new ListComparison.Listed(batch.id(), ListKind.valueOf(batch.kind()),
                Department.valueOf(batch.department()), batch.regionCode(), batch.uploadedAt());
        try {
            int line = batch.comparedLine();
            for (int next = steps.compare(batch.id(), worker, line, comparison, list, this::person); next != line;
                 next = steps.compare(batch.id(), worker, line, comparison, list, this::person)) {
                line = next;
            }
            steps.finish(batch.id(), worker, comparison, list);
        } catch (ImportSteps.TakenOver e) {
            LOG.info("List {} was taken over by another worker", batch.id());
        }
    }

    private ListComparison.Person person(RecordStore.Record r) {
        return new ListComparison.Person(r.line(), r.personIndex(), r.region(), () -> r.facts() == null ? Map.of()
                : facts(cipher.decrypt(r.facts(), "exchange.facts")),
                () -> cipher.decrypt(r.idNumber(), "exchange.id_number"),
                () -> cipher.decrypt(r.name(), "exchange.name"));
    }

    private Map<String, String> facts(String facts) {
        try {
            return json.readValue(facts, FACTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
