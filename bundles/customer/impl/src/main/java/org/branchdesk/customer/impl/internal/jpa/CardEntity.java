package org.branchdesk.customer.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Index from card number to customer: a card belongs to one customer. A customer's own cards are
 * listed in {@link CustomerEntity#cards}, so this table needs no index by customer: replacing a
 * customer's cards deletes them by number.
 */
@Entity
@Table(name = CardEntity.TABLE)
public class CardEntity {

    /** The table and its columns, as SQL on the transaction's connection names them. */
    public static final String TABLE = "BD_CARD";
    public static final String CARD_NUMBER = "CARD_NUMBER";
    public static final String CUSTOMER_ID = "CUSTOMER_ID";

    @Id
    @Column(name = CARD_NUMBER, length = 19)
    public String cardNumber;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    public CardEntity() {
    }

    public CardEntity(String cardNumber, String customerId) {
        this.cardNumber = cardNumber;
        this.customerId = customerId;
    }
}
