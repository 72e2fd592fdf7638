package org.branchdesk.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * A deterministic synthetic customer base in the documented CSV formats: names, resident IDs
 * with valid check digits, mobile numbers and cards, spread over every segment, with a day-end
 * balance for every day of a quarter.
 */
final class DemoData {

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "霞",
            "平", "刚", "桂英", "建华", "晓东", "丽华", "志强", "海燕" };
    private static final String[] OCCUPATIONS = { "entrepreneur", "executive", "engineer", "teacher", "doctor", "civil servant",
            "student", "driver", "retired", "self-employed" };
    /** Average daily assets per customer (CNY), cycling through every segment. */
    private static final long[] AVERAGES = { 15_000_000, 3_500_000, 1_200_000, 650_000, 420_000, 260_000, 200_000, 150_000, 90_000,
            50_000, 30_000, 12_000, 5_000 };
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private final int customers;
    private final LocalDate quarterStart;
    private final LocalDate quarterEnd;
    private final String manager;
    private final LocalDate today;

    DemoData(int customers, LocalDate quarterStart, LocalDate quarterEnd, String manager, LocalDate today) {
        this.customers = customers;
        this.quarterStart = quarterStart;
        this.quarterEnd = quarterEnd;
        this.manager = manager;
        this.today = today;
    }

    String customersCsv() {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(
                "customer_id,name,id_type,id_number,phone,birth_date,education,occupation,card_numbers,other_bank_assets,manager\n");
        for (int i = 0; i < customers; i++) {
            boolean young = i % AVERAGES.length >= AVERAGES.length - 3 && i % 2 == 0;
            LocalDate birth = young ? LocalDate.of(2002, 1, 1).plusDays(random.nextInt(1500))
                    : LocalDate.of(1955, 1, 1).plusDays(random.nextInt(15000));
            if (i == 14 || i == 26) {
                // two premium customers (D00015, D00027) have their birthday in the coming days: care events in the
                // manager's inbox (customers the documentation's examples do not use, whose identifiers change with the day)
                LocalDate soon = today.plusDays(i == 14 ? 3 : 5);
                birth = soon.withYear(i == 14 ? 1968 : 1975);
            }
            String education = young ? "BACHELOR" : pick(random, "SENIOR_SECONDARY", "JUNIOR_COLLEGE", "BACHELOR", "MASTER");
            long average = AVERAGES[i % AVERAGES.length];
            // some mass-affluent customers hold more elsewhere: potential premium customers to win
            String otherBank = average >= 50_000 && average < 200_000 && i % 3 == 0 ? "300000.00" : "";
            String assigned = average >= 200_000 && i % 4 != 3 ? manager : "";
            csv.append(id(i)).append(',')
                    .append(SURNAMES[random.nextInt(SURNAMES.length)]).append(GIVEN[random.nextInt(GIVEN.length)]).append(',')
                    .append("RESIDENT_ID,").append(residentId(birth, random)).append(',')
                    .append("13").append(String.format("%09d", random.nextInt(1_000_000_000))).append(',')
                    .append(birth).append(',').append(education).append(',')
                    .append(OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]).append(',')
                    .append(DemoCards.card(i)).append(',')
                    .append(otherBank).append(',').append(assigned).append('\n');
        }
        return csv.toString();
    }

    String holdingsCsv() {
        StringBuilder csv = new StringBuilder("customer_id,category,amount,maturity_date\n");
        for (int i = 0; i < customers; i++) {
            BigDecimal total = BigDecimal.valueOf(AVERAGES[i % AVERAGES.length]);
            BigDecimal deposit = total.multiply(new BigDecimal("0.4")).setScale(2);
            BigDecimal wealth = total.subtract(deposit).setScale(2);
            // every fourth customer's wealth product matures in the coming weeks: care events to plan
            String maturity = i % 2 == 0 && i % 4 == 0 ? today.plusDays(4 + i % 20).toString() : "";
            csv.append(id(i)).append(",DEPOSIT,").append(deposit).append(",\n");
            csv.append(id(i)).append(i % 2 == 0 ? ",WEALTH_PRODUCT," : ",FUND,").append(wealth).append(',')
                    .append(i % 2 == 0 ? maturity : "").append('\n');
        }
        return csv.toString();
    }

    String balancesCsv() {
        StringBuilder csv = new StringBuilder("customer_id,date,balance\n");
        for (LocalDate day = quarterStart; !day.isAfter(quarterEnd); day = day.plusDays(1)) {
            for (int i = 0; i < customers; i++) {
                csv.append(id(i)).append(',').append(day).append(',').append(AVERAGES[i % AVERAGES.length]).append(".00\n");
            }
        }
        return csv.toString();
    }

    private static String id(int i) {
        return String.format("D%05d", i + 1);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    /** Beijing Dongcheng (110101), the birth date, a sequence and the MOD 11-2 check character. */
    private static String residentId(LocalDate birth, Random random) {
        String first17 = "110101" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
