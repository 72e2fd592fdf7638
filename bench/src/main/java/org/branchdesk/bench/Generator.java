package org.branchdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic data for a branch of N customers, in the documented CSV import formats:
 * {@code customers.csv}, {@code holdings.csv}, and one {@code balances-<day>.csv} per day of the
 * quarter with one row per customer, as a core banking system delivers them.
 * <p>
 * The same N and seed always give byte-identical files. Segment proportions follow a typical
 * wealth-centre book: 0.2 % private, 2 % high-end, 8 % mid, 20 % mass-affluent, the rest below
 * 50,000 CNY (about a fifth of those young graduates: potential); one in ten of the mid and
 * mass-affluent customers declares assets at other banks that would make them premium. Resident
 * IDs carry a valid check character, cards a valid Luhn digit, phones valid mobile prefixes.
 */
public final class Generator {

    static final String QUARTER = "2026-Q3";
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 9, 30);
    /**
     * Customer managers the benchmark creates. The customers file names no manager: the premium
     * customers become premium at the segmentation run and get their managers from the allocation
     * rules, which the benchmark measures (about 10 % of N).
     */
    static final int MANAGERS = 20;

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "高", "林", "罗" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "建", "文", "辉", "鑫", "宇", "浩", "晨", "欣", "怡", "博",
            "思", "佳", "雨" };
    private static final String[] PROVINCES = { "11", "31", "44", "33", "32", "51", "42", "37", "41", "35" };
    private static final String[] PHONE_PREFIXES = { "130", "131", "135", "136", "137", "138", "139", "150", "151", "158", "159", "177",
            "186", "187", "188", "189", "199" };
    private static final String[] HOLDING_CATEGORIES = { "DEPOSIT", "FUND", "WEALTH_PRODUCT", "BOND", "INSURANCE", "TRUST",
            "PRECIOUS_METAL" };

    /** One customer's fixed traits, derived from (seed, index) alone. */
    record Person(String id, String name, String idNumber, String phone, LocalDate birth, String education, String occupation,
            String cards, long levelCents, long otherBankCents, String manager) {
    }

    private final int n;
    private final long seed;

    public Generator(int n, long seed) {
        this.n = n;
        this.seed = seed;
    }

    public static String customerId(int i) {
        return String.format("C%07d", i + 1);
    }

    Person person(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        double u = r.nextDouble();
        long level;
        boolean potentialProfile = false;
        if (u < 0.002) {
            level = between(r, 10_000_000, 60_000_000);
        } else if (u < 0.022) {
            level = between(r, 1_000_000, 10_000_000);
        } else if (u < 0.102) {
            level = between(r, 200_000, 1_000_000);
        } else if (u < 0.302) {
            level = between(r, 50_000, 200_000);
        } else {
            level = between(r, 100, 50_000);
            potentialProfile = r.nextDouble() < 0.2;
        }
        // keep the daily noise (±2 %) from carrying a customer across a threshold too often
        LocalDate birth = potentialProfile ? LocalDate.of(1999 + r.nextInt(9), 1 + r.nextInt(12), 1 + r.nextInt(28))
                : LocalDate.of(1950 + r.nextInt(48), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String education = potentialProfile ? (r.nextBoolean() ? "BACHELOR" : "JUNIOR_COLLEGE")
                : new String[] { "SENIOR_SECONDARY", "JUNIOR_COLLEGE", "BACHELOR", "MASTER", "JUNIOR_SECONDARY" }[r.nextInt(5)];
        long other = 0;
        if (level >= 50_000 && level < 200_000 && r.nextDouble() < 0.1) {
            other = 200_000 - level + between(r, 1_000, 300_000);
        } else if (level >= 200_000 && level < 1_000_000 && r.nextDouble() < 0.1) {
            other = between(r, 100_000, 2_000_000);
        }
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
        // (region, sequence) is unique per customer, so no two share an identity document
        int k = i / 1000;
        String idNumber = residentId(PROVINCES[k % PROVINCES.length] + String.format("%04d", 100 + k / PROVINCES.length), birth, i % 1000);
        String phone = PHONE_PREFIXES[r.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", r.nextInt(100_000_000));
        String cards = card(i, 0) + (r.nextDouble() < 0.3 ? ";" + card(i, 1) : "");
        String manager = "";
        String occupation = new String[] { "engineer", "teacher", "doctor", "entrepreneur", "civil servant", "retired", "student",
                "driver", "accountant", "sales" }[r.nextInt(10)];
        return new Person(customerId(i), name, idNumber, phone, birth, education, occupation, cards, level * 100, other * 100, manager);
    }

    /** The day-end balance of customer i on a day, in cents: their level ±2 %, fixed by (seed, i, day). */
    long balanceCents(Person p, int i, LocalDate day) {
        SplittableRandom r = new SplittableRandom((seed * 31 + day.toEpochDay()) * 1_000_003L + i);
        return Math.max(0, p.levelCents() + (long) (p.levelCents() * (r.nextDouble() - 0.5) * 0.04));
    }

    /** Writes customers.csv, holdings.csv and the given days' balance files into dir; returns the balance files. */
    public java.util.List<Path> write(Path dir, int days) throws IOException {
        Files.createDirectories(dir);
        Person[] people = new Person[n];
        for (int i = 0; i < n; i++) {
            people[i] = person(i);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("customers.csv"), StandardCharsets.UTF_8)) {
            w.write("customer_id,name,id_type,id_number,phone,birth_date,education,occupation,card_numbers,other_bank_assets,manager\n");
            for (Person p : people) {
                w.write(p.id() + ',' + p.name() + ",RESIDENT_ID," + p.idNumber() + ',' + p.phone() + ',' + p.birth() + ','
                        + p.education() + ',' + p.occupation() + ',' + p.cards() + ','
                        + (p.otherBankCents() == 0 ? "" : money(p.otherBankCents())) + ',' + p.manager() + '\n');
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("holdings.csv"), StandardCharsets.UTF_8)) {
            w.write("customer_id,category,amount\n");
            for (int i = 0; i < n; i++) {
                Person p = people[i];
                SplittableRandom r = new SplittableRandom(seed * 7 + i);
                int kinds = 1 + r.nextInt(3);
                long left = p.levelCents();
                for (int k = 0; k < kinds; k++) {
                    long amount = k == kinds - 1 ? left : left / 2;
                    left -= amount;
                    w.write(p.id() + ',' + HOLDING_CATEGORIES[(k + i) % HOLDING_CATEGORIES.length] + ',' + money(amount) + '\n');
                }
            }
        }
        java.util.List<Path> files = new java.util.ArrayList<>();
        LocalDate day = FIRST_DAY;
        for (int d = 0; d < days && !day.isAfter(LAST_DAY); d++, day = day.plusDays(1)) {
            Path file = dir.resolve("balances-" + day + ".csv");
            files.add(file);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("customer_id,date,balance\n");
                String date = day.toString();
                for (int i = 0; i < n; i++) {
                    w.write(people[i].id() + ',' + date + ',' + money(balanceCents(people[i], i, day)) + '\n');
                }
            }
        }
        return files;
    }

    static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    private static long between(SplittableRandom r, long low, long high) {
        return low + (long) (r.nextDouble() * (high - low));
    }

    /** GB 11643: 17 digits and the ISO 7064 MOD 11-2 check character. */
    static String residentId(String region, LocalDate birth, int sequence) {
        String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A 19-digit card number, unique per (customer, k), with its Luhn check digit. */
    static String card(int i, int k) {
        String body = "622202" + String.format("%012d", (long) i * 2 + k);
        int sum = 0;
        for (int d = 0; d < body.length(); d++) {
            int digit = body.charAt(body.length() - 1 - d) - '0';
            if (d % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
