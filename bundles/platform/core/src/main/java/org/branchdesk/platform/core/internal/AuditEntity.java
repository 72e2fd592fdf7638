package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One line of the append-only audit log; nothing updates or deletes these rows. */
@Entity
@Table(name = AuditEntity.TABLE, indexes = { @Index(name = "BD_AUDIT_CUSTOMER", columnList = AuditEntity.CUSTOMER_ID),
        @Index(name = "BD_AUDIT_ACTOR", columnList = AuditEntity.ACTOR) })
public class AuditEntity {

    /** The table and its columns, named once here for the mapping and for any SQL written by hand. */
    static final String TABLE = "BD_AUDIT";
    static final String ID = "ID";
    static final String AT_MILLIS = "AT_MILLIS";
    static final String ACTOR = "ACTOR";
    static final String CUSTOMER_ID = "CUSTOMER_ID";
    static final String ACTION = "ACTION";
    static final String DETAIL = "DETAIL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = ID)
    public long id;

    @Column(name = AT_MILLIS, nullable = false)
    public long at;

    @Column(name = ACTOR, length = 32, nullable = false)
    public String actor;

    @Column(name = CUSTOMER_ID, length = 32)
    public String customerId;

    @Column(name = ACTION, length = 32, nullable = false)
    public String action;

    @Column(name = DETAIL, length = 1000)
    public String detail;
}
