package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigureSource;
import org.branchdesk.platform.figures.FigureUnit;
import org.branchdesk.platform.figures.ManagerFigure;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The customer module's figures for the centre head: premium customers at the latest
 * segmentation of the period, their assets and how many hold two product families or more.
 * Every number is one aggregate query; no customer is loaded.
 */
@Component
public final class CustomerFigures implements FigureSource {

    static final Set<Role> READ = Set.of(Role.CENTER_HEAD);

    private static final String PREMIUM_EN = "premium means the segments of 200,000 CNY or more of average daily financial assets: "
            + "private banking (≥ 10,000,000), high-end (1,000,000 – 10,000,000) and mid-range (200,000 – 1,000,000)";
    private static final String PREMIUM_ZH = "优质客户指季度日均金融资产 20 万元及以上的客群：私人银行客户（1000 万元及以上）、高端客户（100 万至 1000 万元）和中端客户（20 万至 100 万元）";

    private final TransactionControl tx;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final ZoneId zone = ZoneId.systemDefault();

    @Activate
    public CustomerFigures(@Reference TransactionControl tx, @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider,
            @Reference StaffDirectory staff) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.staff = staff;
    }

    @Override
    public List<Figure> figures(FigurePeriod period, Caller caller) {
        caller.require(READ, "reading the customer figures");
        return Scopes.supports(tx, () -> compute(period));
    }

    private List<Figure> compute(FigurePeriod period) {
        long end = period.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<PremiumRuns.Run> runs = em.createQuery(
                "SELECT r.id, r.finishedAt, r.bySegment FROM SegmentationRunEntity r WHERE r.finishedAt < :end", Object[].class)
                .setParameter("end", end).getResultList().stream()
                .map(r -> new PremiumRuns.Run(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2])).toList();
        PremiumRuns.InPeriod in = PremiumRuns.split(runs, period, zone);
        PremiumRuns.Run latest = in.latest();
        Long newest = em.createQuery("SELECT MAX(r.id) FROM SegmentationRunEntity r", Long.class).getSingleResult();
        // the customers' own segment and average are those of the newest run: they describe the period only if it holds that run
        boolean current = latest != null && newest != null && latest.id() == newest;
        List<Segment> premium = List.copyOf(PremiumRuns.PREMIUM);

        Double count = latest == null ? null : (double) PremiumRuns.premium(latest.bySegment());
        List<ManagerFigure> managers = current ? managers(premium) : List.of();
        Figure premiumFigure = new Figure("customer.premium", Map.of("en", "Premium customers", "zh-CN", "优质客户数"),
                Map.of("en", "Premium customers counted by the latest segmentation run that finished in the period; the change is "
                        + "against the run before it; one point per run. Per manager: the premium customers of each customer "
                        + "manager's current book (the open assignments), given when the period holds the latest run. " + PREMIUM_EN + ".",
                        "zh-CN", "期间内最后一次客户分层结果中的优质客户数；变化为与上一次分层相比；每次分层一个点。按客户经理：各客户经理当前名下"
                                + "（现行分配关系）的优质客户数，仅在期间包含最近一次分层时给出。" + PREMIUM_ZH + "。"),
                FigureUnit.COUNT, count, null, PremiumRuns.change(in), PremiumRuns.series(in, zone), managers);

        Double assets = null;
        Double crossSell = null;
        if (current) {
            BigDecimal sum = em.createQuery("SELECT SUM(c.averageAssets) FROM CustomerEntity c WHERE c.segment IN :p", BigDecimal.class)
                    .setParameter("p", premium).getSingleResult();
            assets = sum == null ? 0.0 : sum.doubleValue();
            long all = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c WHERE c.segment IN :p", Long.class)
                    .setParameter("p", premium).getSingleResult();
            long two = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c WHERE c.segment IN :p AND (SELECT COUNT(h) FROM "
                    + "HoldingEntity h WHERE h.customerId = c.id AND h.amount > 0) >= 2", Long.class)
                    .setParameter("p", premium).getSingleResult();
            crossSell = PremiumRuns.percent(two, all);
        }
        Figure assetsFigure = new Figure("customer.assets", Map.of("en", "Premium customers' assets", "zh-CN", "优质客户金融资产"),
                Map.of("en", "The sum of the premium customers' average daily financial assets of the quarter the latest segmentation "
                        + "run used (the sum of the quarter's day-end balances over its calendar days), in CNY; none when a later run "
                        + "than the period's has replaced those averages. " + PREMIUM_EN + ".",
                        "zh-CN", "最近一次客户分层所用季度中优质客户的日均金融资产（季度各日日终余额之和除以季度天数）之和，单位人民币元；"
                                + "若期间之后又做过分层，原日均已被替换，则不给出。" + PREMIUM_ZH + "。"),
                FigureUnit.AMOUNT_CNY, assets, null, null, List.of(), List.of());
        Figure crossFigure = new Figure("customer.cross-sell", Map.of("en", "Cross-selling", "zh-CN", "优质客户交叉销售率"),
                Map.of("en", "The share of premium customers holding products of two or more families, a family being a holding "
                        + "category of the core banking file (deposit, bond, fund, stock, FX, trust, wealth product, precious metal, "
                        + "insurance, loan) with an amount above zero; at the latest segmentation, when the period holds it. "
                        + PREMIUM_EN + ".",
                        "zh-CN", "持有两类及以上产品的优质客户占优质客户的比例；产品类别即核心系统持仓文件中金额大于零的类别（存款、债券、基金、"
                                + "股票、外汇、信托、理财产品、贵金属、保险、贷款）；按最近一次分层计算，仅在期间包含该次分层时给出。" + PREMIUM_ZH + "。"),
                FigureUnit.PERCENT, crossSell, null, null, List.of(), List.of());
        return List.of(premiumFigure, assetsFigure, crossFigure);
    }

    private List<ManagerFigure> managers(List<Segment> premium) {
        List<Object[]> rows = em.createQuery("SELECT c.manager, COUNT(c) FROM CustomerEntity c WHERE c.segment IN :p AND "
                + "c.manager IS NOT NULL GROUP BY c.manager", Object[].class).setParameter("p", premium).getResultList();
        List<ManagerFigure> out = new ArrayList<>();
        for (Object[] r : rows) {
            String username = (String) r[0];
            String name = staff.find(username).map(Staff::displayName).orElse(username);
            out.add(new ManagerFigure(username, name, ((Number) r[1]).doubleValue()));
        }
        out.sort(Comparator.comparingDouble(ManagerFigure::value).reversed().thenComparing(ManagerFigure::username));
        return out;
    }
}
