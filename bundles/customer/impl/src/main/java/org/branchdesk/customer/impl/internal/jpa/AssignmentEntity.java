package org.branchdesk.customer.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.branchdesk.customer.api.AssignmentReason;

/**
 * One period during which a customer had one dedicated manager. {@link #OPEN_CUSTOMER} holds the
 * customer number while the period is open and is NULL once it is closed: its unique constraint
 * lets the database, not the code, keep one open assignment per customer (Derby and PostgreSQL
 * allow any number of NULLs in a unique column).
 */
@Entity
@Table(name = AssignmentEntity.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "BD_ASSIGNMENT_OPEN", columnNames = AssignmentEntity.OPEN_CUSTOMER),
        // a customer's history newest first, and a run's assignments by customer, straight from an index
        indexes = { @Index(name = "BD_ASSIGNMENT_CUSTOMER", columnList = AssignmentEntity.CUSTOMER_ID + ", " + AssignmentEntity.ID + " DESC"),
                @Index(name = "BD_ASSIGNMENT_RUN", columnList = AssignmentEntity.RUN_ID + ", " + AssignmentEntity.CUSTOMER_ID) })
public class AssignmentEntity {

    /** The table and its columns, as SQL on the transaction's connection names them. */
    public static final String TABLE = "BD_ASSIGNMENT";
    public static final String ID = "ID";
    public static final String CUSTOMER_ID = "CUSTOMER_ID";
    public static final String MANAGER = "MANAGER";
    public static final String PREVIOUS_MANAGER = "PREVIOUS_MANAGER";
    public static final String FROM_MILLIS = "FROM_MILLIS";
    public static final String TO_MILLIS = "TO_MILLIS";
    public static final String REASON = "REASON";
    public static final String RULE = "RULE_NAME";
    public static final String DECIDED_BY = "DECIDED_BY";
    public static final String RUN_ID = "RUN_ID";
    public static final String OPEN_CUSTOMER = "OPEN_CUSTOMER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = ID)
    public long id;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = MANAGER, length = 32, nullable = false)
    public String manager;

    @Column(name = PREVIOUS_MANAGER, length = 32)
    public String previousManager;

    /** Epoch milliseconds of the server's clock when it was written: JPA 2.2 maps no Instant. */
    @Column(name = FROM_MILLIS, nullable = false)
    public long fromMillis;

    /** When the next assignment began; null while open. */
    @Column(name = TO_MILLIS)
    public Long toMillis;

    @Enumerated(EnumType.STRING)
    @Column(name = REASON, length = 20, nullable = false)
    public AssignmentReason reason;

    @Column(name = RULE, length = 32, nullable = false)
    public String rule;

    @Column(name = DECIDED_BY, length = 32, nullable = false)
    public String decidedBy;

    @Column(name = RUN_ID)
    public Long runId;

    /** The customer number while open, NULL once closed (see the class comment). */
    @Column(name = OPEN_CUSTOMER, length = 32)
    public String openCustomer;
}
