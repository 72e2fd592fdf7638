package org.branchdesk.customer.impl.internal.jpa;

import java.io.Serializable;
import java.math.BigDecimal;

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

    @Id
    @Column(name = CUSTOMER_ID, length = 32)
    public String customerId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = CATEGORY, length = 16)
    public ProductCategory category;

    @Column(name = AMOUNT, precision = 19, scale = 2, nullable = false)
    public BigDecimal amount;

    /** Composite key. */
    public record Key(String customerId, ProductCategory category) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
