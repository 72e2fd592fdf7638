package org.branchdesk.bench.write.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One bench write: who wrote it and when; the key generated as the modules' keys are (identity). */
@Entity
@Table(name = BenchWriteEntity.TABLE)
public class BenchWriteEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_BENCH_WRITE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    @Column(name = "WRITTEN_BY", length = 64, nullable = false)
    public String writtenBy;
}
