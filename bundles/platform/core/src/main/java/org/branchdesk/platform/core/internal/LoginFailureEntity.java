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
@Table(name = LoginFailureEntity.TABLE, indexes = @Index(name = "BD_LOGIN_FAILURE_LAST", columnList = LoginFailureEntity.LAST_FAILURE_AT))
public class LoginFailureEntity {

    /** The table and its columns, named once here for the mapping and for any SQL written by hand. */
    static final String TABLE = "BD_LOGIN_FAILURE";
    static final String THROTTLE_KEY = "THROTTLE_KEY";
    static final String FAILURES = "FAILURES";
    static final String LAST_FAILURE_AT = "LAST_FAILURE_AT";
    static final String LOCKED_UNTIL = "LOCKED_UNTIL";

    static final int KEY_MAX = 80;

    @Id
    @Column(name = THROTTLE_KEY, length = KEY_MAX)
    public String key;

    @Column(name = FAILURES, nullable = false)
    public int failures;

    @Column(name = LAST_FAILURE_AT, nullable = false)
    public long lastFailureAt;

    @Column(name = LOCKED_UNTIL, nullable = false)
    public long lockedUntil;
}
