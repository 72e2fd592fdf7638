package org.branchdesk.platform.core.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.branchdesk.platform.persistence.DailyNumbers;

/**
 * The last number handed out by one sequence on one day ({@link JpaDailyNumbers}). The primary
 * key makes the first number of a day a race that exactly one runtime wins; every later number
 * is an update of this row under its lock.
 */
@Entity
@Table(name = DailyNumberEntity.TABLE)
@IdClass(DailyNumberEntity.Key.class)
public class DailyNumberEntity {

    /** The table and its columns, named once here for the mapping and for any SQL written by hand. */
    static final String TABLE = "BD_DAILY_NUMBER";
    static final String SEQUENCE_NAME = "SEQUENCE_NAME";
    static final String DAY = "DAY";
    static final String LAST_NUMBER = "LAST_NUMBER";

    @Id
    @Column(name = SEQUENCE_NAME, length = DailyNumbers.NAME_MAX)
    public String sequence;

    @Id
    @Column(name = DAY)
    public LocalDate day;

    @Column(name = LAST_NUMBER, nullable = false)
    public long last;

    /** The primary key: sequence and day. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String sequence;
        public LocalDate day;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sequence, k.sequence) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sequence, day);
        }
    }
}
