package org.branchdesk.complaint.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.branchdesk.complaint.api.Status;

/** One step of a complaint's history; rows are only ever inserted. */
@Entity
@Table(name = HistoryEntity.TABLE, indexes = @Index(name = "BD_COMPLAINT_HISTORY_C", columnList = HistoryEntity.COMPLAINT_ID))
public class HistoryEntity {

    /** The table's name, declared once: native SQL names it through this constant, never as a literal. */
    public static final String TABLE = "BD_COMPLAINT_HISTORY";
    /** The column that points at the complaint, named by the index. */
    public static final String COMPLAINT_ID = "COMPLAINT_ID";
    /** The note's column length; a longer note is cut to it. */
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = COMPLAINT_ID, nullable = false)
    public long complaintId;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    @Column(name = "ACTOR", length = 32, nullable = false)
    public String actor;

    @Column(name = "ACTION", length = 24, nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 20)
    public Status from;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 20)
    public Status to;

    @Column(name = "NOTE", length = NOTE_LENGTH)
    public String note;
}
