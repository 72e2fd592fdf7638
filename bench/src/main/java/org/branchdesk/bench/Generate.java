package org.branchdesk.bench;

import java.nio.file.Path;

/** Only the data: {@code java -cp ... org.branchdesk.bench.Generate <N> <days> <dir>}. */
public final class Generate {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        long t = System.nanoTime();
        new Generator(n, 42).write(Path.of(args[2]), days);
        System.out.printf("%d customers, %d days in %.1f s%n", n, days, (System.nanoTime() - t) / 1e9);
    }
}
