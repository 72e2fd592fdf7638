package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A login token, known only by its SHA-256: a stolen database holds no usable token. */
@Entity
@Table(name = TokenEntity.TABLE, indexes = @Index(name = "BD_TOKEN_USER", columnList = TokenEntity.USERNAME))
public class TokenEntity {

    /** The table and its columns, named once here for the mapping and for any SQL written by hand. */
    static final String TABLE = "BD_TOKEN";
    static final String TOKEN_HASH = "TOKEN_HASH";
    static final String USERNAME = "USERNAME";
    static final String EXPIRES_AT = "EXPIRES_AT";
    static final String CREATED_AT = "CREATED_AT";
    static final String LAST_USED_AT = "LAST_USED_AT";

    @Id
    @Column(name = TOKEN_HASH, length = 64)
    public String tokenHash;

    @Column(name = USERNAME, length = 32, nullable = false)
    public String username;

    @Column(name = EXPIRES_AT, nullable = false)
    public long expiresAt;

    /** When the token was issued; null for a token of an earlier build (whose table had no such column). */
    @Column(name = CREATED_AT)
    public Long createdAt;

    /**
     * Last use as last written: a runtime writes it at most once per {@link Sessions#touchEvery}, so
     * it may lag the real last use by that much. Null for a token of an earlier build.
     */
    @Column(name = LAST_USED_AT)
    public Long lastUsedAt;
}
