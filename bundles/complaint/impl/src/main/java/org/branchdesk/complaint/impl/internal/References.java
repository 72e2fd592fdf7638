package org.branchdesk.complaint.impl.internal;

import java.time.LocalDate;

/** The references customers are given: CP-yyyymmdd-nnnn, numbered per day. */
final class References {

    /** The series of the references' daily numbers ({@link org.branchdesk.platform.persistence.DailyNumbers}). */
    static final String SERIES = "complaint.reference";

    private References() {
    }

    /** CP-yyyymmdd-nnnn; the REFERENCE column's unique constraint backs the number's uniqueness. */
    static String reference(LocalDate day, long number) {
        return String.format("CP-%s-%04d", day.toString().replace("-", ""), number);
    }

    /** The daily number of a stored reference (CP-20261201-0007: 7), 0 when it is not one. */
    static long numberOf(String reference) {
        String digits = reference.substring(reference.lastIndexOf('-') + 1);
        return !digits.isEmpty() && digits.length() < 19 && digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : 0;
    }
}
