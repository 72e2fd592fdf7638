package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A staff account. The password is only ever stored as a PBKDF2 hash. */
@Entity
@Table(name = StaffEntity.TABLE)
public class StaffEntity {

    /** The table and its columns, named once here for the mapping and for any SQL written by hand. */
    static final String TABLE = "BD_STAFF";
    static final String USERNAME = "USERNAME";
    static final String DISPLAY_NAME = "DISPLAY_NAME";
    static final String ROLES = "ROLES";
    static final String PASSWORD_HASH = "PASSWORD_HASH";
    static final String ACTIVE = "ACTIVE";
    static final String CREATED_AT = "CREATED_AT";
    static final String MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";

    @Id
    @Column(name = USERNAME, length = 32)
    public String username;

    @Column(name = DISPLAY_NAME, length = 100, nullable = false)
    public String displayName;

    /** Role names, comma-separated. */
    @Column(name = ROLES, length = 200, nullable = false)
    public String roles;

    @Column(name = PASSWORD_HASH, length = 200, nullable = false)
    public String passwordHash;

    @Column(name = ACTIVE, nullable = false)
    public boolean active;

    @Column(name = CREATED_AT, nullable = false)
    public long createdAt;

    /**
     * Set by an administrator's password reset: the account's logins may only change the
     * password. Nullable because an earlier build's table has no such column: null is false.
     */
    @Column(name = MUST_CHANGE_PASSWORD)
    public Boolean mustChangePassword;

    boolean mustChangePassword() {
        return Boolean.TRUE.equals(mustChangePassword);
    }
}
