package org.branchdesk.lobby.impl.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;

/** One registered arrival and the guidance given. */
@Entity
// a customer's latest visits straight from BD_ARRIVAL_LATEST: an ORDER BY the index gives needs no sort
@Table(name = ArrivalEntity.TABLE, indexes = { @Index(name = "BD_ARRIVAL_DAY", columnList = "DAY"),
        @Index(name = "BD_ARRIVAL_LATEST", columnList = "CUSTOMER_ID, ID DESC") })
public class ArrivalEntity {

    /** The table's name, declared once: native SQL and tests name it through this constant, never as a literal. */
    public static final String TABLE = "BD_ARRIVAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 20, nullable = false)
    public ArrivalSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", length = 24, nullable = false)
    public VisitPurpose purpose;

    @Column(name = "CUSTOMER_ID", length = 32)
    public String customerId;

    @Column(name = "PREMIUM", nullable = false)
    public boolean premium;

    @Column(name = "POTENTIAL_PREMIUM", nullable = false)
    public boolean potentialPremium;

    @Column(name = "MANAGER", length = 32)
    public String manager;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_POINT", length = 20, nullable = false)
    public ServicePoint servicePoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", length = 10, nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODE", length = 10, nullable = false)
    public GuidanceMode mode;

    @Column(name = "RULE", length = 300, nullable = false)
    public String rule;

    @Column(name = "TICKET_ID")
    public Long ticketId;

    @Column(name = "LEAD_ID")
    public Long leadId;

    @Column(name = "REGISTERED_BY", length = 32, nullable = false)
    public String registeredBy;
}
