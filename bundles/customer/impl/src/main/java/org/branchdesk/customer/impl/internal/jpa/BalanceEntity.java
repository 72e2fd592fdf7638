package org.branchdesk.customer.impl.internal.jpa;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/** A customer's financial assets at the end of one day, as the core banking system reports them. */
@Entity
@Table(name = "BD_DAILY_BALANCE", indexes = @Index(name = "BD_DAILY_BALANCE_DAY", columnList = "DAY"))
@IdClass(BalanceEntity.Key.class)
public class BalanceEntity {

    @Id
    @Column(name = "CUSTOMER_ID", length = 32)
    public String customerId;

    @Id
    @Column(name = "DAY")
    public LocalDate day;

    @Column(name = "BALANCE", precision = 19, scale = 2, nullable = false)
    public BigDecimal balance;

    /** Composite key. */
    public record Key(String customerId, LocalDate day) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
