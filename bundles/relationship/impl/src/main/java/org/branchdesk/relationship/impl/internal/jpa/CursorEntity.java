package org.branchdesk.relationship.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How far the catch-up has read a feed of another module (the changes of manager): the last
 * number it has handled. Moved only forward, by a conditional update, so that two runtimes
 * sweeping at once never move it back.
 */
@Entity
@Table(name = "BD_RELATIONSHIP_CURSOR")
public class CursorEntity {

    @Id
    @Column(name = "NAME", length = 40)
    public String name;

    @Column(name = "LAST_ID", nullable = false)
    public long lastId;
}
