package org.branchdesk.counter.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One step of a request's history. Who submitted or changed a request ({@code SUBMITTED},
 * {@code CHANGED}) may never approve it: the rule reads these rows.
 */
@Entity
@Table(name = EventEntity.TABLE, indexes = {
        @Index(name = "BD_CTR_EVENT_REQUEST", columnList = "REQUEST_ID,ID"),
        @Index(name = "BD_CTR_EVENT_ACTOR", columnList = "ACTOR,ACTION") })
public class EventEntity {

    public static final String TABLE = "BD_CTR_EVENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "REQUEST_ID", nullable = false)
    public long requestId;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    @Column(name = "ACTOR", length = 64, nullable = false)
    public String actor;

    @Column(name = "ACTION", length = 24, nullable = false)
    public String action;

    @Column(name = "VERSION", nullable = false)
    public int version;

    @Column(name = "DETAIL", length = 1000)
    public String detail;
}
