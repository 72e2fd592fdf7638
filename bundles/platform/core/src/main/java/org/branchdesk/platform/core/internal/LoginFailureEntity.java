package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * Failed logins of one username ({@code u:<username>}, existing or not, so that an unknown
 * username is throttled exactly like a known one) or of one client address ({@code a:<address>}).
 * A row exists only while there are failures to remember; a successful login of the username
 * removes its row, and rows older than the lock time are swept.
 */
@Entity
@Table(name = "BD_LOGIN_FAILURE", indexes = @Index(name = "BD_LOGIN_FAILURE_LAST", columnList = "LAST_FAILURE_AT"))
public class LoginFailureEntity {

    static final int KEY_MAX = 80;

    @Id
    @Column(name = "THROTTLE_KEY", length = KEY_MAX)
    public String key;

    @Column(name = "FAILURES", nullable = false)
    public int failures;

    @Column(name = "LAST_FAILURE_AT", nullable = false)
    public long lastFailureAt;

    @Column(name = "LOCKED_UNTIL", nullable = false)
    public long lockedUntil;
}
