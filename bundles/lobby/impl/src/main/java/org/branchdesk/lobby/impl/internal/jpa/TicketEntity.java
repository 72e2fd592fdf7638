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
import javax.persistence.UniqueConstraint;

import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.TicketStatus;

/** A queue ticket of one day; its number is unique on the day (a service point's letter is part of it). */
@Entity
@Table(name = TicketEntity.TABLE, indexes = @Index(name = "BD_TICKET_QUEUE", columnList = "DAY,SERVICE_POINT,STATUS"),
        uniqueConstraints = @UniqueConstraint(name = "BD_TICKET_NUMBER", columnNames = { "DAY", "NUMBER" }))
public class TicketEntity {

    /** The table's name, declared once: native SQL and tests name it through this constant, never as a literal. */
    public static final String TABLE = "BD_TICKET";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "NUMBER", length = 8, nullable = false)
    public String number;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_POINT", length = 20, nullable = false)
    public ServicePoint servicePoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", length = 10, nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    public TicketStatus status;

    @Column(name = "CUSTOMER_ID", length = 32)
    public String customerId;

    @Column(name = "ISSUED_AT", nullable = false)
    public long issuedAt;

    @Column(name = "CALLED_AT")
    public Long calledAt;

    @Column(name = "COUNTER", length = 20)
    public String counter;

    @Column(name = "FINISHED_AT")
    public Long finishedAt;
}
