package org.branchdesk.customer.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.branchdesk.customer.api.ManagerLevel;

/** The level and capacity the centre head gave a customer manager; one without a row has the configured defaults. */
@Entity
@Table(name = ManagerProfileEntity.TABLE)
public class ManagerProfileEntity {

    public static final String TABLE = "BD_MANAGER_PROFILE";
    public static final String USERNAME = "USERNAME";
    public static final String LEVEL = "MANAGER_LEVEL";
    public static final String CAPACITY = "CAPACITY";

    @Id
    @Column(name = USERNAME, length = 32)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = LEVEL, length = 16, nullable = false)
    public ManagerLevel level;

    @Column(name = CAPACITY, nullable = false)
    public int capacity;
}
