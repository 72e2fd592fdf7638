package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A product on the shelf, by its code. Segments and channels are kept as {@code |}-separated
 * text: they are read with the product and never queried on their own.
 */
@Entity
@Table(name = ProductEntity.TABLE)
public class ProductEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_MKT_PRODUCT";

    @Id
    @Column(name = "CODE", length = 32)
    public String code;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "FAMILY", length = 100, nullable = false)
    public String family;

    /** The holdings category of the family, or null for a service or channel. */
    @Column(name = "CATEGORY", length = 20)
    public String category;

    @Column(name = "ISSUER", length = 10, nullable = false)
    public String issuer;

    @Column(name = "RISK", length = 2, nullable = false)
    public String risk;

    @Column(name = "MINIMUM_AMOUNT", precision = 19, scale = 2, nullable = false)
    public BigDecimal minimumAmount;

    @Column(name = "TERM_DAYS")
    public Integer termDays;

    @Column(name = "SALE_FROM")
    public LocalDate saleFrom;

    @Column(name = "SALE_TO")
    public LocalDate saleTo;

    @Column(name = "SEGMENTS", length = 100, nullable = false)
    public String segments;

    @Column(name = "CHANNELS", length = 1000, nullable = false)
    public String channels;

    @Column(name = "RETIRED", nullable = false)
    public boolean retired;

    @Column(name = "UPDATED_BY", length = 32, nullable = false)
    public String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public long updatedAt;
}
