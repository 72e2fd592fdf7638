package org.branchdesk.marketing.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One row per customer ever contacted for marketing, created by their first contact and locked by
 * an {@code UPDATE} before their contacts are counted against the cap ({@link CampaignStore#lockGuard}):
 * two contacts of one customer, on one runtime or two, are counted one after the other.
 */
@Entity
@Table(name = ContactGuardEntity.TABLE)
public class ContactGuardEntity {

    public static final String TABLE = "BD_MKT_CONTACT_GUARD";
    public static final String CUSTOMER_ID = "CUSTOMER_ID", CONTACTS = "CONTACTS";

    @Id
    @Column(name = CUSTOMER_ID, length = 32)
    public String customerId;

    /** Contacts recorded (bumped by each lock): what makes the lock's update a write. */
    @Column(name = CONTACTS, nullable = false)
    public long contacts;
}
