package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import javax.persistence.Column;
import javax.persistence.Table;

import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.junit.Test;

public class SqlTest {

    @Test
    public void statementsAreMadeFromTheEntitysNames() {
        assertEquals("SELECT ID, CARDS FROM BD_CUSTOMER WHERE ID = ?",
                Sql.select(CustomerEntity.TABLE, List.of(CustomerEntity.ID, CustomerEntity.CARDS), CustomerEntity.ID));
        assertEquals("SELECT CARD_NUMBER FROM BD_CARD", Sql.select(CardEntity.TABLE, List.of(CardEntity.CARD_NUMBER)));
        assertEquals("UPDATE BD_CUSTOMER SET NAME = ?, PHONE = ? WHERE ID = ?",
                Sql.update(CustomerEntity.TABLE, List.of(CustomerEntity.NAME, CustomerEntity.PHONE), CustomerEntity.ID));
        assertEquals("DELETE FROM BD_CARD WHERE CARD_NUMBER = ? AND CUSTOMER_ID = ?",
                Sql.delete(CardEntity.TABLE, CardEntity.CARD_NUMBER, CardEntity.CUSTOMER_ID));
    }

    @Test
    public void theConstantsAreTheNamesTheMappingDeclares() throws Exception {
        assertEquals(CustomerEntity.TABLE, CustomerEntity.class.getAnnotation(Table.class).name());
        assertEquals(CustomerEntity.ID_NUMBER, CustomerEntity.class.getField("idNumber").getAnnotation(Column.class).name());
        assertEquals(CardEntity.CUSTOMER_ID, CardEntity.class.getField("customerId").getAnnotation(Column.class).name());
    }
}
