package org.branchdesk.marketing.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A customer's needs file, one row per customer. Its goals (at most one per kind of goal) are
 * kept as {@code GOAL:amount:years} separated by {@code ;}: they are read and written with the
 * file, never queried on their own.
 */
@Entity
@Table(name = NeedsEntity.TABLE)
public class NeedsEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_MKT_NEEDS";

    @Id
    @Column(name = "CUSTOMER_ID", length = 32)
    public String customerId;

    @Column(name = "LIFE_STAGE", length = 20, nullable = false)
    public String lifeStage;

    @Column(name = "GOALS", length = 400, nullable = false)
    public String goals;

    @Column(name = "NOTES", length = 2000)
    public String notes;

    @Column(name = "UPDATED_BY", length = 32, nullable = false)
    public String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public long updatedAt;
}
