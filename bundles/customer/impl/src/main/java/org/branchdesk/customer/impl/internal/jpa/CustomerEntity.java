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
@Table(name = CustomerEntity.TABLE,
        // number first: identification and search by ID number use this constraint's index
        uniqueConstraints = @UniqueConstraint(name = "BD_CUSTOMER_ID_DOC",
                columnNames = { CustomerEntity.ID_NUMBER, CustomerEntity.ID_TYPE }),
        indexes = { @Index(name = "BD_CUSTOMER_NAME", columnList = CustomerEntity.NAME + ", " + CustomerEntity.ID),
                @Index(name = "BD_CUSTOMER_PHONE", columnList = CustomerEntity.PHONE),
                @Index(name = "BD_CUSTOMER_MANAGER", columnList = CustomerEntity.MANAGER) })
public class CustomerEntity {

    /** The table and its columns, as SQL on the transaction's connection names them. */
    public static final String TABLE = "BD_CUSTOMER";
    public static final String ID = "ID";
    public static final String NAME = "NAME";
    public static final String ID_TYPE = "ID_TYPE";
    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String PHONE = "PHONE";
    public static final String BIRTH_DATE = "BIRTH_DATE";
    public static final String EDUCATION = "EDUCATION";
    public static final String OCCUPATION = "OCCUPATION";
    public static final String CARDS = "CARDS";
    public static final String OTHER_BANK_ASSETS = "OTHER_BANK_ASSETS";
    public static final String MANAGER = "MANAGER";
    public static final String SEGMENT = "SEGMENT";
    public static final String SEGMENT_QUARTER = "SEGMENT_QUARTER";
    public static final String AVERAGE_ASSETS = "AVERAGE_ASSETS";
    public static final String POTENTIAL_PREMIUM = "POTENTIAL_PREMIUM";

    @Id
    @Column(name = ID, length = 32)
    public String id;

    @Column(name = NAME, length = 100, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = ID_TYPE, length = 32, nullable = false)
    public IdType idType;

    @Column(name = ID_NUMBER, length = 32, nullable = false)
    public String idNumber;

    @Column(name = PHONE, length = 20)
    public String phone;

    @Column(name = BIRTH_DATE)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = EDUCATION, length = 32)
    public Education education;

    @Column(name = OCCUPATION, length = 100)
    public String occupation;

    /** Card numbers joined by ';', kept here so a customer reads in one row. */
    @Column(name = CARDS, length = 400)
    public String cards;

    // money columns always state precision and scale: without them EclipseLink's Derby DDL made scale 0, which the cache hid until a restart
    @Column(name = OTHER_BANK_ASSETS, precision = 19, scale = 2)
    public BigDecimal otherBankAssets;

    @Column(name = MANAGER, length = 32)
    public String manager;

    @Enumerated(EnumType.STRING)
    @Column(name = SEGMENT, length = 16)
    public Segment segment;

    @Column(name = SEGMENT_QUARTER, length = 7)
    public String segmentQuarter;

    @Column(name = AVERAGE_ASSETS, precision = 19, scale = 2)
    public BigDecimal averageAssets;

    @Column(name = POTENTIAL_PREMIUM, nullable = false)
    public boolean potentialPremium;
}
