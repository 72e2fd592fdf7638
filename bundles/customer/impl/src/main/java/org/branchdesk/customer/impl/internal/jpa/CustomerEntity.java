package org.branchdesk.customer.impl.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.IdType;
import org.branchdesk.customer.api.Segment;

/** A customer row. Card numbers live in {@link CardEntity} so that they can be searched. */
@Entity
@Table(name = "BD_CUSTOMER",
        // number first: identification and search by ID number use this constraint's index
        uniqueConstraints = @UniqueConstraint(name = "BD_CUSTOMER_ID_DOC", columnNames = { "ID_NUMBER", "ID_TYPE" }),
        indexes = { @Index(name = "BD_CUSTOMER_NAME", columnList = "NAME, ID"), @Index(name = "BD_CUSTOMER_PHONE", columnList = "PHONE"),
                @Index(name = "BD_CUSTOMER_MANAGER", columnList = "MANAGER") })
public class CustomerEntity {

    @Id
    @Column(name = "ID", length = 32)
    public String id;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ID_TYPE", length = 32, nullable = false)
    public IdType idType;

    @Column(name = "ID_NUMBER", length = 32, nullable = false)
    public String idNumber;

    @Column(name = "PHONE", length = 20)
    public String phone;

    @Column(name = "BIRTH_DATE")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "EDUCATION", length = 32)
    public Education education;

    @Column(name = "OCCUPATION", length = 100)
    public String occupation;

    /** Card numbers joined by ';', kept here so a customer reads in one row. */
    @Column(name = "CARDS", length = 400)
    public String cards;

    // money columns always state precision and scale: without them EclipseLink's Derby DDL made scale 0, which the cache hid until a restart
    @Column(name = "OTHER_BANK_ASSETS", precision = 19, scale = 2)
    public BigDecimal otherBankAssets;

    @Column(name = "MANAGER", length = 32)
    public String manager;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEGMENT", length = 16)
    public Segment segment;

    @Column(name = "SEGMENT_QUARTER", length = 7)
    public String segmentQuarter;

    @Column(name = "AVERAGE_ASSETS", precision = 19, scale = 2)
    public BigDecimal averageAssets;

    @Column(name = "POTENTIAL_PREMIUM", nullable = false)
    public boolean potentialPremium;
}
