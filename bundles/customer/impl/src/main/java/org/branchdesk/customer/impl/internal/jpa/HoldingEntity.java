package org.branchdesk.customer.impl.internal.jpa;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.branchdesk.customer.api.ProductCategory;

/** A customer's balance in one product category. */
@Entity
@Table(name = HoldingEntity.TABLE)
@IdClass(HoldingEntity.Key.class)
public class HoldingEntity {

    /** The table and its columns, as SQL on the transaction's connection names them. */
    public static final String TABLE = "BD_HOLDING";
    public static final String CUSTOMER_ID = "CUSTOMER_ID";
    public static final String CATEGORY = "CATEGORY";
    public static final String AMOUNT = "AMOUNT";
    public static final String MATURITY_DATE = "MATURITY_DATE";
    public static final String FIRST_SEEN = "FIRST_SEEN";

    @Id
    @Column(name = CUSTOMER_ID, length = 32)
    public String customerId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = CATEGORY, length = 16)
    public ProductCategory category;

    @Column(name = AMOUNT, precision = 19, scale = 2, nullable = false)
    public BigDecimal amount;

    /** The day the holding matures (the file's optional {@code maturity_date}), or null. */
    @Column(name = MATURITY_DATE)
    public LocalDate maturityDate;

    /**
     * The day of the import that added this category to the customer's holdings; null for the
     * holdings of a branch's first load, and for those stored before the column existed.
     */
    @Column(name = FIRST_SEEN)
    public LocalDate firstSeen;

    /** Composite key. */
    public record Key(String customerId, ProductCategory category) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
