package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A login token, known only by its SHA-256: a stolen database holds no usable token. */
@Entity
@Table(name = "BD_TOKEN", indexes = @Index(name = "BD_TOKEN_USER", columnList = "USERNAME"))
public class TokenEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    public String tokenHash;

    @Column(name = "USERNAME", length = 32, nullable = false)
    public String username;

    @Column(name = "EXPIRES_AT", nullable = false)
    public long expiresAt;

    /** When the token was issued; null for a token of an earlier build (whose table had no such column). */
    @Column(name = "CREATED_AT")
    public Long createdAt;

    /**
     * Last use as last written: a runtime writes it at most once per {@link Sessions#touchEvery}, so
     * it may lag the real last use by that much. Null for a token of an earlier build.
     */
    @Column(name = "LAST_USED_AT")
    public Long lastUsedAt;
}
