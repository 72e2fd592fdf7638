package org.branchdesk.counter.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A hand-over to core banking under way: one row per request while a runtime calls core banking
 * for it. The row is inserted under the request's row lock, only while the request is APPROVED
 * and there is no fresh claim, so two runtimes sharing the database never both call core banking
 * for one request; it is deleted when the outcome is recorded.
 */
@Entity
@Table(name = HandoverClaimEntity.TABLE)
public class HandoverClaimEntity {

    public static final String TABLE = "BD_CTR_HANDOVER";

    @Id
    @Column(name = "REQUEST_ID")
    public long requestId;

    @Column(name = "CLAIMED_AT", nullable = false)
    public long claimedAt;
}
