package org.branchdesk.customer.impl.internal.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.impl.internal.segmentation.Classification;
import org.branchdesk.customer.impl.internal.segmentation.Quarter;
import org.branchdesk.customer.impl.internal.segmentation.SegmentationRules;
import org.branchdesk.customer.impl.internal.segmentation.Thresholds;
import org.junit.Test;

/**
 * The sample files ({@code sample-data/} at the root) parse, and segmenting 2026-Q3
 * gives what docs/api/customers.md shows. Some averages sit exactly on a threshold on purpose: the
 * walk-through shows that lower bounds are inclusive.
 */
public class SampleFilesTest {

    private static final Quarter Q3 = Quarter.parse("2026-Q3");

    private static <T> List<T> parse(String name, Function<Reader, List<T>> parser) throws IOException {
        Path samples = Path.of(System.getProperty("branchdesk.root", "../../.."), "sample-data");
        try (Reader in = Files.newBufferedReader(samples.resolve(name), StandardCharsets.UTF_8)) {
            return parser.apply(in);
        }
    }

    @Test
    public void theSampleFilesParseWithoutError() throws IOException {
        List<CustomerRow> customers = parse("customers.csv", CsvFiles::customers);
        List<HoldingRow> holdings = parse("holdings.csv", CsvFiles::holdings);
        List<BalanceRow> balances = parse("balances.csv", CsvFiles::balances);
        assertEquals(12, customers.size());
        Set<String> ids = customers.stream().map(CustomerRow::id).collect(Collectors.toSet());
        assertTrue(holdings.stream().allMatch(h -> ids.contains(h.customerId())));
        assertEquals(ids, holdings.stream().map(HoldingRow::customerId).collect(Collectors.toSet()));
        assertEquals("every customer on every day of the quarter", 12 * Q3.days(), balances.size());
        assertTrue(balances.stream().allMatch(b -> ids.contains(b.customerId()) && !b.date().isBefore(Q3.start())
                && !b.date().isAfter(Q3.end())));
    }

    @Test
    public void theSamplesCoverEverySegmentAndItsBoundaries() throws IOException {
        Map<String, BigDecimal> sums = new HashMap<>();
        parse("balances.csv", CsvFiles::balances).forEach(b -> sums.merge(b.customerId(), b.balance(), BigDecimal::add));
        SegmentationRules rules = new SegmentationRules(Thresholds.defaults());
        Map<String, Classification> result = new LinkedHashMap<>();
        for (CustomerRow c : parse("customers.csv", CsvFiles::customers)) {
            BigDecimal average = sums.get(c.id()).divide(BigDecimal.valueOf(Q3.days()), 2, RoundingMode.HALF_EVEN);
            result.put(c.id(), rules.classify(average, c.otherBankAssets(), c.birthDate(), c.education(), Q3.end()));
        }
        Map<String, Segment> expected = new LinkedHashMap<>();
        expected.put("C0001", Segment.PRIVATE);
        expected.put("C0002", Segment.HIGH);
        expected.put("C0003", Segment.MID);
        expected.put("C0004", Segment.MID);
        expected.put("C0005", Segment.MID); // exactly 200,000: premium
        expected.put("C0006", Segment.MASS_AFFLUENT);
        expected.put("C0007", Segment.MASS_AFFLUENT);
        expected.put("C0008", Segment.POTENTIAL);
        expected.put("C0009", Segment.POTENTIAL); // junior college counts as university
        expected.put("C0010", Segment.ORDINARY);
        expected.put("C0011", Segment.ORDINARY); // 49,999.99
        expected.put("C0012", Segment.HIGH); // exactly 1,000,000
        assertEquals(expected, result.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().segment(), (a, b) -> a, LinkedHashMap::new)));
        assertEquals(EnumSet.allOf(Segment.class), EnumSet.copyOf(expected.values()));
        assertEquals(Set.of("C0006"), result.entrySet().stream().filter(e -> e.getValue().potentialPremium())
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }
}
