package org.jiuzhu.reliability;

import org.jiuzhu.core.audit.ChainVerification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The client's ledger joined with the database after every run: each acknowledged token names exactly one submitted
 * application, every submitted application was acknowledged, each has one submission event and one audit entry, the
 * audit chain verifies, and the search outbox is applied.
 */
final class Reconciliation {

    private final Stage stage;

    Reconciliation(Stage stage) {
        this.stage = stage;
    }

    void run(long readerApplication) throws Exception {
        List<Ledger.Entry> acknowledged = stage.ledger.acknowledgedEntries();
        int unacknowledged = stage.ledger.unacknowledged().size();
        int wrongRows = 0;
        Set<Long> acknowledgedIds = new HashSet<>();
        try (Connection c = stage.db.connect();
             PreparedStatement byToken = c.prepareStatement(
                     "SELECT id, status FROM application WHERE submission_token = ?")) {
            for (Ledger.Entry e : acknowledged) {
                acknowledgedIds.add(e.resident.applicationId());
                byToken.setString(1, e.token);
                int rows = 0;
                boolean right = false;
                try (ResultSet r = byToken.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        right = r.getLong(1) == e.resident.applicationId() && "SUBMITTED".equals(r.getString(2));
                    }
                }
                wrongRows += rows == 1 && right ? 0 : 1;
            }
            Set<Long> submitted = ids(c, "SELECT id FROM application WHERE status <> 'DRAFT'");
            submitted.remove(readerApplication);
            Set<Long> notAcknowledged = new HashSet<>(submitted);
            notAcknowledged.removeAll(acknowledgedIds);
            long badEvents = count(c, "SELECT COUNT(*) FROM application a WHERE a.status <> 'DRAFT' AND"
                    + " (SELECT COUNT(*) FROM application_event e WHERE e.application_id = a.id AND e.status = 'SUBMITTED') <> 1");
            Map<Long, Integer> audited = new HashMap<>();
            ids(c, "SELECT record_id FROM audit_entry WHERE action = 'APPLICATION_SUBMITTED'"
                    + " AND record_type = 'application'", audited);
            submitted.add(readerApplication);
            long badAudit = submitted.stream().filter(id -> audited.getOrDefault(id, 0) != 1).count()
                    + audited.keySet().stream().filter(id -> !submitted.contains(id)).count();
            long outboxBehind = count(c, "SELECT COUNT(*) FROM search_node n WHERE n.position < "
                    + "(SELECT COALESCE(MAX(id), 0) FROM search_outbox)");
            stage.outcome.add("ledger = database", String.format(Locale.ROOT,
                    "%d acknowledged, %d rows wrong or missing, %d submitted not acknowledged, %d never acknowledged",
                    acknowledged.size(), wrongRows, notAcknowledged.size(), unacknowledged),
                    "0 lost, 0 twice", wrongRows == 0 && notAcknowledged.isEmpty() && unacknowledged == 0);
            stage.outcome.add("events and audit entries", String.format(Locale.ROOT,
                    "%d submitted without exactly one event, %d without exactly one audit entry", badEvents, badAudit),
                    "0 and 0", badEvents == 0 && badAudit == 0);
            stage.outcome.add("search outbox", outboxBehind + " nodes behind", "drained", outboxBehind == 0);
        }
        ChainVerification chain = Population.verifyAudit(stage.configuration);
        stage.outcome.add("audit chain", chain.checked() + " entries, " + (chain.intact() ? "intact" : "broken at "
                + chain.firstBrokenId().getAsLong()), "verifies", chain.intact());
    }

    private static Set<Long> ids(Connection c, String sql) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        ids(c, sql, counts);
        return new HashSet<>(counts.keySet());
    }

    /** How often each id occurs in the first column. */
    private static void ids(Connection c, String sql, Map<Long, Integer> counts) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                counts.merge(Long.parseLong(r.getString(1)), 1, Integer::sum);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
