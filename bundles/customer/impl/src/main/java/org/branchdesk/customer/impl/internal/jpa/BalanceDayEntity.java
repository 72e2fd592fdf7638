package org.branchdesk.customer.impl.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * One day of balances, as the core banking system delivers it: every customer's financial
 * assets at the end of the day, exact to the fen, packed into one value (see
 * {@code BalanceDays}). A quarter is at most 92 rows, however many customers the branch has,
 * so a day's file is one write and a quarter's sums one read of 92 values.
 */
@Entity
@Table(name = "BD_BALANCE_DAY")
public class BalanceDayEntity {

    @Id
    @Column(name = "DAY")
    public LocalDate day;

    @Column(name = "CUSTOMERS", nullable = false)
    public int customers;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "DATA", length = 1_000_000_000, nullable = false)
    public byte[] data;
}
