package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.marketing.api.CampaignInput;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

public class CampaignRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<Channel> PHONE_SMS = List.of(Channel.PHONE, Channel.SMS);

    @Test
    public void aDefinitionIsTrimmedAndItsChannelsDeduplicated() {
        CampaignInput in = CampaignRules.definition(new CampaignInput("  Funds  ", null, List.of(Channel.PHONE, Channel.PHONE, Channel.SMS),
                TargetCriteria.any(), " FND-01 ", TODAY, NOW.plusSeconds(60)), TODAY, NOW);
        assertEquals("Funds", in.name());
        assertEquals(PHONE_SMS, in.channels());
        assertEquals("FND-01", in.productCode());
    }

    @Test
    public void aBadDefinitionNamesItsField() {
        refused("name", new CampaignInput(" ", null, PHONE_SMS, TargetCriteria.any(), null, null, null));
        refused("name", new CampaignInput("x".repeat(101), null, PHONE_SMS, TargetCriteria.any(), null, null, null));
        refused("channels", new CampaignInput("n", null, List.of(), TargetCriteria.any(), null, null, null));
        refused("target", new CampaignInput("n", null, PHONE_SMS, null, null, null, null));
        refused("endsOn", new CampaignInput("n", null, PHONE_SMS, TargetCriteria.any(), null, TODAY.minusDays(1), null));
        refused("launchAt", new CampaignInput("n", null, PHONE_SMS, TargetCriteria.any(), null, null, NOW));
        refused("target.maxAssets", withTarget(new TargetCriteria(null, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null, null, null, null, null)));
        refused("target.minAssets", withTarget(new TargetCriteria(null, new BigDecimal("-1"), null, null, null, null, null, null, null, null, null)));
        refused("target.maturingWithinDays", withTarget(new TargetCriteria(null, null, null, null, null, null, 367, null, null, null, null)));
        refused("target.maxAge", withTarget(new TargetCriteria(null, null, null, null, null, null, null, 40, 30, null, null)));
        refused("target.lacks", withTarget(new TargetCriteria(null, null, null, null, Set.of(ProductCategory.FUND), Set.of(ProductCategory.FUND),
                null, null, null, null, null)));
    }

    @Test
    public void aContactNeedsOneOfTheCampaignsChannelsAndAProductForASaleOnly() {
        ContactInput ok = CampaignRules.contact(new ContactInput(Channel.PHONE, ContactOutcome.BOUGHT, "FND-01", new BigDecimal("50000"), null, null),
                PHONE_SMS, NOW);
        assertEquals(NOW, ok.at());
        assertEquals(new BigDecimal("50000.00"), ok.amount());
        contactRefused("channel", new ContactInput(Channel.EMAIL, ContactOutcome.INTERESTED, null, null, null, null));
        contactRefused("channel", new ContactInput(null, ContactOutcome.INTERESTED, null, null, null, null));
        contactRefused("outcome", new ContactInput(Channel.PHONE, null, null, null, null, null));
        contactRefused("productCode", new ContactInput(Channel.PHONE, ContactOutcome.BOUGHT, null, BigDecimal.TEN, null, null));
        contactRefused("amount", new ContactInput(Channel.PHONE, ContactOutcome.BOUGHT, "FND-01", null, null, null));
        contactRefused("amount", new ContactInput(Channel.PHONE, ContactOutcome.BOUGHT, "FND-01", new BigDecimal("0.001"), null, null));
        contactRefused("productCode", new ContactInput(Channel.PHONE, ContactOutcome.INTERESTED, "FND-01", null, null, null));
        contactRefused("amount", new ContactInput(Channel.PHONE, ContactOutcome.INTERESTED, null, BigDecimal.TEN, null, null));
        contactRefused("at", new ContactInput(Channel.PHONE, ContactOutcome.INTERESTED, null, null, NOW.plusSeconds(1), null));
        contactRefused("at", new ContactInput(Channel.PHONE, ContactOutcome.INTERESTED, null, null, NOW.minus(Duration.ofDays(32)), null));
        contactRefused("note", new ContactInput(Channel.PHONE, ContactOutcome.INTERESTED, null, null, null, "x".repeat(1001)));
    }

    @Test
    public void theTargetDefinitionSurvivesItsRow() {
        TargetCriteria all = new TargetCriteria(Set.of(Segment.HIGH, Segment.PRIVATE), new BigDecimal("1000000.50"), new BigDecimal("6000000"), true,
                Set.of(ProductCategory.DEPOSIT), Set.of(ProductCategory.FUND, ProductCategory.TRUST), 30, 25, 60, "cm1", true);
        assertEquals(all, TargetCodec.decode(TargetCodec.encode(all)));
        assertEquals(TargetCriteria.any(), TargetCodec.decode(TargetCodec.encode(TargetCriteria.any())));
        assertEquals("", TargetCodec.encode(TargetCriteria.any()));
    }

    @Test
    public void theConfigurationCheckNamesEachBadAttribute() {
        assertEquals(List.of(), CampaignsConfigCheck.errors("2", "30", "60"));
        assertEquals(List.of("maxContacts", "perDays", "checkSeconds"), CampaignsConfigCheck.errors("0", "367", "x").stream()
                .map(InvalidInputException.FieldError::field).toList());
    }

    private static CampaignInput withTarget(TargetCriteria t) {
        return new CampaignInput("n", null, PHONE_SMS, t, null, null, null);
    }

    private static void refused(String field, CampaignInput in) {
        try {
            CampaignRules.definition(in, TODAY, NOW);
            fail("accepted: " + in);
        } catch (InvalidInputException e) {
            assertEquals(field, e.field());
        }
    }

    private static void contactRefused(String field, ContactInput in) {
        try {
            CampaignRules.contact(in, PHONE_SMS, NOW);
            fail("accepted: " + in);
        } catch (InvalidInputException e) {
            assertEquals(field, e.field());
        }
    }
}
