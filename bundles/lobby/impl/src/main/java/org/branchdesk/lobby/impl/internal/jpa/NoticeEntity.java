package org.branchdesk.lobby.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;

/** A customer manager's arrival notice. */
@Entity
@Table(name = NoticeEntity.TABLE, indexes = @Index(name = "BD_NOTICE_MANAGER", columnList = "MANAGER"))
public class NoticeEntity {

    /** The table's name, declared once: native SQL and tests name it through this constant, never as a literal. */
    public static final String TABLE = "BD_NOTICE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "MANAGER", length = 32, nullable = false)
    public String manager;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    @Column(name = "CUSTOMER_NAME", length = 100)
    public String customerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_POINT", length = 20, nullable = false)
    public ServicePoint servicePoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", length = 24, nullable = false)
    public VisitPurpose purpose;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;
}
