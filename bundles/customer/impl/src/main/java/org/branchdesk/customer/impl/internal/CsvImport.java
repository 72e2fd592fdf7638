package org.branchdesk.customer.impl.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.customer.impl.internal.csv.BalanceRow;
import org.branchdesk.customer.impl.internal.csv.CsvFiles;
import org.branchdesk.customer.impl.internal.csv.CustomerRow;
import org.branchdesk.customer.impl.internal.csv.HoldingRow;
import org.branchdesk.customer.impl.internal.jpa.BalanceEntity;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Imports the three CSV files. Each file is checked whole (its own rows, then against the
 * database) before anything is written, and written in one transaction: a file imports
 * completely or not at all.
 */
final class CsvImport {

    private static final int CHUNK = 500;
    private static final int FLUSH_EVERY = 1000;
    private static final int MAX_ERRORS = 100;

    private final TransactionControl tx;
    private final EntityManager em;
    private final StaffDirectory staff;

    CsvImport(TransactionControl tx, EntityManager em, StaffDirectory staff) {
        this.tx = tx;
        this.em = em;
        this.staff = staff;
    }

    ImportReport customers(Reader csv) {
        List<CustomerRow> rows = CsvFiles.customers(csv);
        return tx.required(() -> {
            List<FieldError> errors = new ArrayList<>();
            Map<String, CustomerEntity> existing = findCustomers(rows.stream().map(CustomerRow::id).toList());
            checkDocuments(rows, errors);
            checkCards(rows, errors);
            checkManagers(rows, errors);
            failIf(errors);

            Set<String> replacedCards = new HashSet<>();
            int created = 0;
            int written = 0;
            for (CustomerRow row : rows) {
                // existing customers were read in this transaction: changing them is enough
                CustomerEntity e = existing.get(row.id());
                boolean isNew = e == null;
                if (isNew) {
                    e = new CustomerEntity();
                    e.id = row.id();
                    created++;
                } else {
                    replacedCards.add(row.id());
                }
                Customers.copyIdentity(new CustomerInput(row.id(), row.name(), row.idType(), row.idNumber(), row.phone(),
                        row.birthDate(), row.education(), row.occupation(), row.cardNumbers(), row.otherBankAssets(),
                        row.manager()), e);
                if (isNew) {
                    em.persist(e);
                }
                if (++written % FLUSH_EVERY == 0) {
                    em.flush();
                }
            }
            for (List<String> chunk : chunks(new ArrayList<>(replacedCards))) {
                em.createQuery("DELETE FROM CardEntity k WHERE k.customerId IN :ids").setParameter("ids", chunk).executeUpdate();
            }
            for (CustomerRow row : rows) {
                for (String card : row.cardNumbers()) {
                    em.persist(new CardEntity(card, row.id()));
                }
            }
            return new ImportReport("customers", rows.size(), created, rows.size() - created);
        });
    }

    /** Like the balances: a chunk of customers' holdings is read in one query, changed in place, written in batches. */
    ImportReport holdings(Reader csv) {
        List<HoldingRow> rows = CsvFiles.holdings(csv);
        return tx.required(() -> {
            requireCustomers(rows, HoldingRow::customerId, HoldingRow::line);
            int created = 0;
            for (int i = 0; i < rows.size(); i += CHUNK) {
                List<HoldingRow> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
                Map<String, HoldingEntity> existing = new HashMap<>();
                em.createQuery("SELECT h FROM HoldingEntity h WHERE h.customerId IN :ids", HoldingEntity.class)
                        .setParameter("ids", chunk.stream().map(HoldingRow::customerId).distinct().toList()).getResultList()
                        .forEach(h -> existing.put(h.customerId + "|" + h.category, h));
                for (HoldingRow row : chunk) {
                    HoldingEntity h = existing.get(row.customerId() + "|" + row.category());
                    if (h == null) {
                        h = new HoldingEntity();
                        h.customerId = row.customerId();
                        h.category = row.category();
                        em.persist(h);
                        created++;
                    }
                    h.amount = row.amount();
                }
                em.flush();
                em.clear();
            }
            return new ImportReport("holdings", rows.size(), created, rows.size() - created);
        });
    }

    /**
     * Rows go in chunks of one day: the chunk's existing balances are read in one query and
     * changed in place, new ones persisted, and each chunk is written in JDBC batches and then
     * let go, so memory stays flat whatever the file's size.
     */
    ImportReport balances(Reader csv) {
        List<BalanceRow> rows = CsvFiles.balances(csv);
        return tx.required(() -> {
            requireCustomers(rows, BalanceRow::customerId, BalanceRow::line);
            Map<LocalDate, List<BalanceRow>> byDay = new HashMap<>();
            rows.forEach(r -> byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
            int created = 0;
            for (Map.Entry<LocalDate, List<BalanceRow>> day : byDay.entrySet()) {
                List<BalanceRow> all = day.getValue();
                for (int i = 0; i < all.size(); i += CHUNK) {
                    List<BalanceRow> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                    Map<String, BalanceEntity> existing = new HashMap<>();
                    em.createQuery("SELECT b FROM BalanceEntity b WHERE b.day = :d AND b.customerId IN :ids", BalanceEntity.class)
                            .setParameter("d", day.getKey()).setParameter("ids", chunk.stream().map(BalanceRow::customerId).toList())
                            .getResultList().forEach(b -> existing.put(b.customerId, b));
                    for (BalanceRow row : chunk) {
                        BalanceEntity b = existing.get(row.customerId());
                        if (b == null) {
                            b = new BalanceEntity();
                            b.customerId = row.customerId();
                            b.day = row.date();
                            em.persist(b);
                            created++;
                        }
                        b.balance = row.balance();
                    }
                    em.flush();
                    em.clear();
                }
            }
            return new ImportReport("balances", rows.size(), created, rows.size() - created);
        });
    }

    private Map<String, CustomerEntity> findCustomers(List<String> ids) {
        Map<String, CustomerEntity> found = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("SELECT c FROM CustomerEntity c WHERE c.id IN :ids", CustomerEntity.class).setParameter("ids", chunk)
                    .getResultList().forEach(c -> found.put(c.id, c));
        }
        return found;
    }

    /** An identity document may belong to one customer only. */
    private void checkDocuments(List<CustomerRow> rows, List<FieldError> errors) {
        Map<String, CustomerRow> byNumber = new HashMap<>();
        rows.forEach(r -> byNumber.put(r.idNumber(), r));
        for (List<String> chunk : chunks(new ArrayList<>(byNumber.keySet()))) {
            List<CustomerEntity> holders = em.createQuery("SELECT c FROM CustomerEntity c WHERE c.idNumber IN :n",
                    CustomerEntity.class).setParameter("n", chunk).getResultList();
            for (CustomerEntity holder : holders) {
                CustomerRow row = byNumber.get(holder.idNumber);
                if (row.idType() == holder.idType && !row.id().equals(holder.id)) {
                    errors.add(new FieldError("id_number", "this identity document belongs to customer " + holder.id, row.line()));
                }
            }
        }
    }

    /** A card belongs to one customer only. */
    private void checkCards(List<CustomerRow> rows, List<FieldError> errors) {
        Map<String, CustomerRow> byCard = new HashMap<>();
        rows.forEach(r -> r.cardNumbers().forEach(card -> byCard.put(card, r)));
        for (List<String> chunk : chunks(new ArrayList<>(byCard.keySet()))) {
            List<CardEntity> owned = em.createQuery("SELECT k FROM CardEntity k WHERE k.cardNumber IN :cards", CardEntity.class)
                    .setParameter("cards", chunk).getResultList();
            for (CardEntity card : owned) {
                CustomerRow row = byCard.get(card.cardNumber);
                if (!row.id().equals(card.customerId)) {
                    errors.add(new FieldError("card_numbers", "card " + card.cardNumber + " belongs to customer " + card.customerId,
                            row.line()));
                }
            }
        }
    }

    private void checkManagers(List<CustomerRow> rows, List<FieldError> errors) {
        Map<String, Boolean> valid = new HashMap<>();
        for (CustomerRow row : rows) {
            if (row.manager() == null) {
                continue;
            }
            boolean ok = valid.computeIfAbsent(row.manager(), m -> staff.find(m)
                    .filter(s -> s.active() && s.roles().contains(Role.CUSTOMER_MANAGER)).isPresent());
            if (!ok && errors.size() < MAX_ERRORS) {
                errors.add(new FieldError("manager", "'" + row.manager() + "' is not an active customer manager", row.line()));
            }
        }
    }

    private <R> void requireCustomers(List<R> rows, Function<R, String> customerId, Function<R, Integer> line) {
        Set<String> known = new HashSet<>();
        List<String> ids = rows.stream().map(customerId).distinct().toList();
        for (List<String> chunk : chunks(ids)) {
            known.addAll(em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.id IN :ids", String.class)
                    .setParameter("ids", chunk).getResultList());
        }
        List<FieldError> errors = new ArrayList<>();
        for (R row : rows) {
            if (!known.contains(customerId.apply(row)) && errors.size() < MAX_ERRORS) {
                errors.add(new FieldError("customer_id", "unknown customer " + customerId.apply(row), line.apply(row)));
            }
        }
        failIf(errors);
    }

    private static void failIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
    }

    private static List<List<String>> chunks(List<String> all) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
