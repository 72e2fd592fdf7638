package org.branchdesk.relationship.impl.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.branchdesk.customer.api.ProductCategory;

/**
 * A customer event (a salon, a lecture, an expert consultation) with the target group it was
 * planned for. {@code accepted} counts the invitees who accepted and never passes
 * {@code capacity}: it only moves by a conditional update ({@link CustomerEventsStore#takeSeat}).
 */
@Entity
@Table(name = CustomerEventEntity.TABLE, indexes = @Index(name = "BD_EVENT_DAY", columnList = "DAY"))
public class CustomerEventEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_EVENT";
    public static final int TITLE_LENGTH = 200;
    public static final int PLACE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "TITLE", length = TITLE_LENGTH, nullable = false)
    public String title;

    /** SALON, LECTURE, CONSULTATION. */
    @Column(name = "KIND", length = 16, nullable = false)
    public String kind;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    /** The event's day in the branch's time zone: the start of the evaluation's window. */
    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Column(name = "PLACE", length = PLACE_LENGTH, nullable = false)
    public String place;

    @Column(name = "CAPACITY", nullable = false)
    public int capacity;

    @Column(name = "ACCEPTED", nullable = false)
    public int accepted;

    /** The target group's segments, comma-separated, or null for any. */
    @Column(name = "TARGET_SEGMENTS", length = 100)
    public String targetSegments;

    @Column(name = "TARGET_MIN_ASSETS", precision = 19, scale = 2)
    public BigDecimal targetMinAssets;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_CATEGORY", length = 20)
    public ProductCategory targetCategory;

    /** The target group's manager, or null for every manager's customers. */
    @Column(name = "TARGET_MANAGER", length = 32)
    public String targetManager;

    @Column(name = "CREATED_BY", length = 32, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;
}
