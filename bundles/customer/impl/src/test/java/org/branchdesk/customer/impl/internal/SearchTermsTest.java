package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;

import org.branchdesk.customer.api.Identifier;
import org.junit.Test;

public class SearchTermsTest {

    @Test
    public void aNameKeepsItsFirstCharacterOnly() {
        assertEquals("王**", SearchTerms.masked("王小明"));
        assertEquals("Z****", SearchTerms.masked(" Zhang "));
    }

    @Test
    public void aNameOutsideTheBasicPlaneIsMaskedByCharacterNotByHalf() {
        assertEquals("𠀋*", SearchTerms.masked("𠀋𠀌"));
    }

    @Test
    public void anIdNumberKeepsItsLastFour() {
        assertEquals("**************0021", SearchTerms.masked("110105194912310021"));
        assertEquals("***********1002", SearchTerms.masked("110105491231002"));
    }

    @Test
    public void aCardNumberKeepsItsBankAndLastFour() {
        assertEquals("622202*********0123", SearchTerms.masked("6222021234567890123"));
    }

    @Test
    public void aPhoneKeepsItsPrefixAndLastFour() {
        assertEquals("138****5678", SearchTerms.masked("13812345678"));
        assertEquals("010*****5678", SearchTerms.masked("010-12345678"));
    }

    @Test
    public void anIdentifierIsMaskedAsItsKind() {
        assertEquals("C1000000001", SearchTerms.masked(Identifier.CUSTOMER_ID, " C1000000001 "));
        assertEquals("622202*********0123", SearchTerms.masked(Identifier.CARD_NUMBER, "6222021234567890123"));
        assertEquals("**************0021", SearchTerms.masked(Identifier.ID_NUMBER, "110105194912310021"));
        assertEquals("138****5678", SearchTerms.masked(Identifier.PHONE, "13812345678"));
    }
}
