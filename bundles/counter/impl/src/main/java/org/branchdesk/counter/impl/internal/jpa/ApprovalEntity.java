package org.branchdesk.counter.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * One approval of one version of a request. The database keeps four eyes when two checkers
 * approve at the same moment: approval number {@code SEQ} of a version exists once, and one
 * checker approves a version once. Approvals of earlier versions stay, as history: they lapsed.
 */
@Entity
@Table(name = ApprovalEntity.TABLE, uniqueConstraints = {
        @UniqueConstraint(name = "BD_CTR_APPROVAL_SEQ", columnNames = { "REQUEST_ID", "VERSION", "SEQ" }),
        @UniqueConstraint(name = "BD_CTR_APPROVAL_CHECKER", columnNames = { "REQUEST_ID", "VERSION", "CHECKER" }) })
public class ApprovalEntity {

    public static final String TABLE = "BD_CTR_APPROVAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "REQUEST_ID", nullable = false)
    public long requestId;

    @Column(name = "VERSION", nullable = false)
    public int version;

    /** 1 for the first approval of the version, 2 for the second. */
    @Column(name = "SEQ", nullable = false)
    public int seq;

    @Column(name = "CHECKER", length = 64, nullable = false)
    public String checker;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;
}
