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
import org.branchdesk.lobby.api.LeadStatus;

/** A customer to be followed up by a customer manager, or referred to the sub-branch. */
@Entity
@Table(name = LeadEntity.TABLE, indexes = @Index(name = "BD_LEAD_CUSTOMER", columnList = "CUSTOMER_ID"))
public class LeadEntity {

    /** The table's name, declared once: native SQL and tests name it through this constant, never as a literal. */
    public static final String TABLE = "BD_LEAD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 20, nullable = false)
    public ArrivalSource source;

    @Column(name = "REFERRED_BY", length = 32, nullable = false)
    public String referredBy;

    @Column(name = "NOTE", length = 500)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    public LeadStatus status;

    @Column(name = "REFERRED_TO", length = 32)
    public String referredTo;

    /** The customer manager who followed the lead up; null while open (and for leads followed up before it was kept). */
    @Column(name = "FOLLOWED_UP_BY", length = 32)
    public String followedUpBy;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;
}
