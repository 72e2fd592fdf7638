package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** One product line of a plan version, in the order staff gave it. */
@Entity
@Table(name = PlanLineEntity.TABLE, uniqueConstraints = @UniqueConstraint(name = "BD_MKT_PLAN_LINE_AT", columnNames = {
        PlanLineEntity.PLAN_ID, PlanLineEntity.POSITION }))
public class PlanLineEntity {

    public static final String TABLE = "BD_MKT_PLAN_LINE";
    public static final String PLAN_ID = "PLAN_ID", POSITION = "POSITION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = PLAN_ID, nullable = false)
    public long planId;

    @Column(name = POSITION, nullable = false)
    public int position;

    @Column(name = "PRODUCT_CODE", length = 32, nullable = false)
    public String productCode;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(name = "GOAL", length = 12)
    public String goal;
}
