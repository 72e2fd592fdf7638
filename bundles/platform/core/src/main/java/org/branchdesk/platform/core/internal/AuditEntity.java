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
@Table(name = "BD_AUDIT", indexes = { @Index(name = "BD_AUDIT_CUSTOMER", columnList = "CUSTOMER_ID"),
        @Index(name = "BD_AUDIT_ACTOR", columnList = "ACTOR") })
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    @Column(name = "ACTOR", length = 32, nullable = false)
    public String actor;

    @Column(name = "CUSTOMER_ID", length = 32)
    public String customerId;

    @Column(name = "ACTION", length = 32, nullable = false)
    public String action;

    @Column(name = "DETAIL", length = 1000)
    public String detail;
}
