package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How far a runtime's audit journal is copied into {@code BD_AUDIT}: one row per journal (1 for
 * the journal of a branch's first runtime before several could share the database), changed in
 * the same transaction as the entries it covers, so that no entry is copied twice or lost.
 */
@Entity
@Table(name = AuditCopiedEntity.TABLE)
public class AuditCopiedEntity {

    /** The table and its columns, named once here for the mapping and for any SQL written by hand. */
    static final String TABLE = "BD_AUDIT_JOURNAL";
    static final String COLUMN_ID = "ID";
    static final String JOURNAL_FILE = "JOURNAL_FILE";
    static final String JOURNAL_OFFSET = "JOURNAL_OFFSET";

    /** The row of a journal written before journals had their own ids. */
    static final int ID = 1;

    @Id
    @Column(name = COLUMN_ID)
    public int id = ID;

    @Column(name = JOURNAL_FILE, nullable = false)
    public long file;

    @Column(name = JOURNAL_OFFSET, nullable = false)
    public long offset;
}
