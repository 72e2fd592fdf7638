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

import org.branchdesk.customer.api.Channel;

/** One contact with a customer; rows are only ever inserted (the log is append-only). */
@Entity
// a customer's contacts newest first straight from the index (Derby sorts otherwise), and a count
// since an instant is a range of the same index
@Table(name = InteractionEntity.TABLE, indexes = @Index(name = "BD_INTERACTION_LATEST", columnList = InteractionEntity.CUSTOMER_ID
        + ", " + InteractionEntity.AT_MILLIS + " DESC, " + InteractionEntity.ID + " DESC"))
public class InteractionEntity {

    /** The table and its columns, as SQL on the transaction's connection names them. */
    public static final String TABLE = "BD_INTERACTION";
    public static final String ID = "ID";
    public static final String CUSTOMER_ID = "CUSTOMER_ID";
    public static final String STAFF = "STAFF";
    public static final String AT_MILLIS = "AT_MILLIS";
    public static final String CHANNEL = "CHANNEL";
    public static final String PURPOSE = "PURPOSE";
    public static final String OUTCOME = "OUTCOME";
    public static final String NOTE = "NOTE";
    public static final String MODULE = "MODULE";
    public static final String RECORDED_MILLIS = "RECORDED_MILLIS";

    /** The longest purpose, outcome and note (InteractionInput). */
    public static final int PURPOSE_MAX = 100;
    public static final int OUTCOME_MAX = 200;
    public static final int NOTE_MAX = 1000;
    public static final int MODULE_MAX = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = ID)
    public long id;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = STAFF, length = 32, nullable = false)
    public String staff;

    /** When the contact happened, epoch milliseconds: JPA 2.2 maps no Instant. */
    @Column(name = AT_MILLIS, nullable = false)
    public long atMillis;

    @Enumerated(EnumType.STRING)
    @Column(name = CHANNEL, length = 16, nullable = false)
    public Channel channel;

    @Column(name = PURPOSE, length = PURPOSE_MAX, nullable = false)
    public String purpose;

    @Column(name = OUTCOME, length = OUTCOME_MAX)
    public String outcome;

    @Column(name = NOTE, length = NOTE_MAX)
    public String note;

    @Column(name = MODULE, length = MODULE_MAX, nullable = false)
    public String module;

    /** When it was recorded, epoch milliseconds. */
    @Column(name = RECORDED_MILLIS, nullable = false)
    public long recordedMillis;
}
