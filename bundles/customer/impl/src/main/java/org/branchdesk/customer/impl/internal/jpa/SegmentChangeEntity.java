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

import org.branchdesk.customer.api.Segment;

/** One step of a customer's segment history. */
@Entity
// newest first per customer straight from the index: an ORDER BY the index gives needs no sort
@Table(name = SegmentChangeEntity.TABLE, indexes = @Index(name = "BD_SEGMENT_CHANGE_LATEST",
        columnList = SegmentChangeEntity.CUSTOMER_ID + ", " + SegmentChangeEntity.ID + " DESC"))
public class SegmentChangeEntity {

    /** The table and its columns, as SQL on the transaction's connection names them. */
    public static final String TABLE = "BD_SEGMENT_CHANGE";
    public static final String ID = "ID";
    public static final String CUSTOMER_ID = "CUSTOMER_ID";
    public static final String FROM_SEGMENT = "FROM_SEGMENT";
    public static final String TO_SEGMENT = "TO_SEGMENT";
    public static final String QUARTER = "QUARTER";
    public static final String AT_MILLIS = "AT_MILLIS";
    public static final String RUN_ID = "RUN_ID";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = ID)
    public long id;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = FROM_SEGMENT, length = 16)
    public Segment from;

    @Enumerated(EnumType.STRING)
    @Column(name = TO_SEGMENT, length = 16, nullable = false)
    public Segment to;

    @Column(name = QUARTER, length = 7, nullable = false)
    public String quarter;

    /** Epoch milliseconds: JPA 2.2 maps no Instant. */
    @Column(name = AT_MILLIS, nullable = false)
    public long atMillis;

    @Column(name = RUN_ID, nullable = false)
    public long runId;
}
