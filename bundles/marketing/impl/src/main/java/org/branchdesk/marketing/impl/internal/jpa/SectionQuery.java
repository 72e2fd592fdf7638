package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * Everything the marketing section of the unified view shows about one customer, in one SQL
 * statement: the view runs on every look at a customer, and six queries through JPA cost it
 * about 40 % of its throughput where one statement of six index look-ups costs a few percent
 * (bench/results/HISTORY.md). Each branch of the {@code UNION ALL} reads one part's table by the
 * customer's index; the rows come back tagged by their kind.
 */
public final class SectionQuery {

    /** One row: what it is ({@code R}isk, {@code P}lan, {@code O}pportunity, {@code C}ampaign, {@code L}ast contact, opt-{@code X}ut) and its values. */
    public record Row(char kind, long id, String s1, String s2, String s3, String s4, Long n1, Long n2, BigDecimal amount,
            LocalDate day) {
    }

    private static final String V = "CAST(NULL AS VARCHAR(100))", B = "CAST(NULL AS BIGINT)", A = "CAST(NULL AS DECIMAL(19,2))",
            D = "CAST(NULL AS DATE)";

    static final String SQL = String.join(" UNION ALL ",
            // the newest assessment (the highest id)
            "SELECT 'R', r.ID, r.TOLERANCE, " + V + ", " + V + ", " + V + ", " + B + ", " + B + ", " + A + ", r.VALID_UNTIL FROM "
                    + RiskEntity.TABLE + " r WHERE r.CUSTOMER_ID = ? AND r.ID = (SELECT MAX(q.ID) FROM " + RiskEntity.TABLE
                    + " q WHERE q.CUSTOMER_ID = ?)",
            // every plan version not superseded (the newest is picked below)
            "SELECT 'P', p.ID, p." + PlanEntity.STATUS + ", " + V + ", " + V + ", " + V + ", p." + PlanEntity.NUMBER + ", CAST(p."
                    + PlanEntity.VERSION + " AS BIGINT), p.TOTAL, " + D + " FROM " + PlanEntity.TABLE + " p WHERE p."
                    + PlanEntity.CUSTOMER_ID + " = ? AND p." + PlanEntity.STATUS + " <> 'SUPERSEDED'",
            "SELECT 'O', o.ID, o." + OpportunityEntity.STAGE + ", o." + OpportunityEntity.MANAGER + ", o.PRODUCT_CODE, " + V + ", " + B
                    + ", " + B + ", o.EXPECTED_AMOUNT, " + D + " FROM " + OpportunityEntity.TABLE + " o WHERE o."
                    + OpportunityEntity.CUSTOMER_ID + " = ? AND o." + OpportunityEntity.STAGE + " IN ('OPEN', 'PROPOSAL')",
            "SELECT 'C', c.ID, c." + CampaignEntity.NAME + ", " + V + ", " + V + ", " + V + ", " + B + ", " + B + ", " + A + ", " + D
                    + " FROM " + TargetEntity.TABLE + " t JOIN " + CampaignEntity.TABLE + " c ON c.ID = t." + TargetEntity.CAMPAIGN_ID
                    + " WHERE t." + TargetEntity.CUSTOMER_ID + " = ? AND c." + CampaignEntity.STATUS + " = 'LAUNCHED'",
            // the contacts at the newest instant (the highest id is picked below)
            "SELECT 'L', k.ID, k.CHANNEL, k." + ContactEntity.STAFF + ", k.PRODUCT_CODE, k." + ContactEntity.OUTCOME + ", k."
                    + ContactEntity.CAMPAIGN_ID + ", k." + ContactEntity.AT + ", " + A + ", " + D + " FROM " + ContactEntity.TABLE
                    + " k WHERE k." + ContactEntity.CUSTOMER_ID + " = ? AND k." + ContactEntity.AT + " = (SELECT MAX(m." + ContactEntity.AT
                    + ") FROM " + ContactEntity.TABLE + " m WHERE m." + ContactEntity.CUSTOMER_ID + " = ?)",
            "SELECT 'X', x.ID, x.CHANNEL, " + V + ", " + V + ", " + V + ", x.CAMPAIGN_ID, " + B + ", " + A + ", " + D + " FROM "
                    + OptOutEntity.TABLE + " x WHERE x." + OptOutEntity.CUSTOMER_ID + " = ? AND x.WITHDRAWN_AT IS NULL")
            + " ORDER BY 1, 2";

    private static final int PARAMETERS = 8;

    private final EntityManager em;

    public SectionQuery(EntityManager em) {
        this.em = em;
    }

    /** The customer's rows, by kind then id; call it inside a transaction (it runs on the transaction's connection). */
    public List<Row> rows(String customerId) throws SQLException {
        Connection db = em.unwrap(Connection.class);
        if (db == null) {
            throw new IllegalStateException("no JDBC connection in this transaction");
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(SQL)) {
            for (int i = 1; i <= PARAMETERS; i++) {
                q.setString(i, customerId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date day = rs.getDate(10);
                    rows.add(new Row(rs.getString(1).charAt(0), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), (Long) rs.getObject(7, Long.class), (Long) rs.getObject(8, Long.class), rs.getBigDecimal(9),
                            day == null ? null : day.toLocalDate()));
                }
            }
        }
        return rows;
    }
}
