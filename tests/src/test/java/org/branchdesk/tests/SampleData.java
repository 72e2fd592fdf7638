package org.branchdesk.tests;

import java.time.LocalDate;

/**
 * A small customer base with one customer per segment for 2026-Q3 (92 days), with constant
 * day-end balances so that each average is known exactly.
 */
final class SampleData {

    static final String QUARTER = "2026-Q3";

    private SampleData() {
    }

    /** A valid 18-character resident ID: 17 digits and the ISO 7064 MOD 11-2 check character. */
    static String residentId(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static final String PRIVATE_ID = residentId("11010519700101123");
    static final String MID_ID = residentId("11010519800202234");
    static final String MID_PHONE = "13812345678";
    static final String MID_CARD = "6222021234567890123";

    static String customers() {
        return "customer_id,name,id_type,id_number,phone,birth_date,education,occupation,card_numbers,other_bank_assets,manager\n"
                + "T001,赵私行,RESIDENT_ID," + PRIVATE_ID + ",13900000001,1970-01-01,MASTER,entrepreneur,6222020000000000001,,\n"
                + "T002,钱高端,RESIDENT_ID," + residentId("11010519750303345") + ",13900000002,1975-03-03,BACHELOR,executive,,,\n"
                + "T003,孙中端,RESIDENT_ID," + MID_ID + "," + MID_PHONE + ",1980-02-02,BACHELOR,engineer," + MID_CARD + ",,cm1\n"
                + "T004,李大众,RESIDENT_ID," + residentId("11010519850404456") + ",13900000004,1985-04-04,JUNIOR_COLLEGE,teacher,,150000.00,\n"
                + "T005,周潜力,RESIDENT_ID," + residentId("11010520040101567") + ",13900000005,2004-01-01,BACHELOR,student,,,\n"
                + "T006,吴普通,RESIDENT_ID," + residentId("11010519860505678") + ",13900000006,1986-05-05,SENIOR_SECONDARY,driver,,,\n"
                + "T007,郑门槛,RESIDENT_ID," + residentId("11010519900606789") + ",13900000007,1990-06-06,BACHELOR,doctor,,,\n";
    }

    static String holdings() {
        return "customer_id,category,amount\n"
                + "T001,DEPOSIT,2000000.00\nT001,TRUST,10000000.00\n"
                + "T003,DEPOSIT,300000.00\nT003,FUND,200000.00\nT003,LOAN,800000.00\n";
    }

    /** Day-end balances for every day of 2026-Q3. */
    static String balances() {
        String[][] daily = { { "T001", "12000000.00" }, { "T002", "2000000.00" }, { "T003", "500000.00" }, { "T004", "100000.00" },
                { "T005", "10000.00" }, { "T006", "10000.00" }, { "T007", "200000.00" } };
        StringBuilder csv = new StringBuilder("customer_id,date,balance\n");
        for (LocalDate day = LocalDate.of(2026, 7, 1); !day.isAfter(LocalDate.of(2026, 9, 30)); day = day.plusDays(1)) {
            for (String[] d : daily) {
                csv.append(d[0]).append(',').append(day).append(',').append(d[1]).append('\n');
            }
        }
        return csv.toString();
    }
}
