package org.branchdesk.marketing.impl.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One risk assessment of a customer, kept for ever; the customer's newest (highest id) is their current one. */
@Entity
@Table(name = RiskEntity.TABLE, indexes = @Index(name = "BD_MKT_RISK_CUSTOMER", columnList = "CUSTOMER_ID,ID"))
public class RiskEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_MKT_RISK";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    @Column(name = "QUESTIONNAIRE", length = 20, nullable = false)
    public String questionnaireVersion;

    /** {@code question=answer} pairs separated by {@code ;}, in the questionnaire's order. */
    @Column(name = "ANSWERS", length = 2000, nullable = false)
    public String answers;

    @Column(name = "SCORE", nullable = false)
    public int score;

    @Column(name = "TOLERANCE", length = 2, nullable = false)
    public String tolerance;

    @Column(name = "ASSESSED_BY", length = 32, nullable = false)
    public String assessedBy;

    @Column(name = "ASSESSED_AT", nullable = false)
    public long assessedAt;

    @Column(name = "VALID_UNTIL", nullable = false)
    public LocalDate validUntil;
}
