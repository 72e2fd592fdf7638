package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How far the audit journal is copied into {@code BD_AUDIT}: one row, changed in the same
 * transaction as the entries it covers, so that no entry is copied twice or lost.
 */
@Entity
@Table(name = "BD_AUDIT_JOURNAL")
public class AuditCopiedEntity {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    public int id = ID;

    @Column(name = "JOURNAL_FILE", nullable = false)
    public long file;

    @Column(name = "JOURNAL_OFFSET", nullable = false)
    public long offset;
}
