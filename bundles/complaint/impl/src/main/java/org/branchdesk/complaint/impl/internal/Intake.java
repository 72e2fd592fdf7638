package org.branchdesk.complaint.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.ComplaintInput;
import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/** Recording a complaint as received: the input checked, the customer known, a reference of the day, the first deadlines. */
final class Intake {

    private static final Pattern CONTACT_PHONE = Pattern.compile("\\+?[0-9][0-9 -]*");

    private final TransactionControl tx;
    private final ComplaintStore store;
    private final Reading reading;
    private final CustomerService customers;
    private final DailyNumbers numbers;
    private final Deadlines deadlines;
    private final LongSupplier now;

    Intake(TransactionControl tx, ComplaintStore store, Reading reading, CustomerService customers, DailyNumbers numbers,
            Deadlines deadlines, LongSupplier now) {
        this.tx = tx;
        this.store = store;
        this.reading = reading;
        this.customers = customers;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.now = now;
    }

    Complaint receive(ComplaintInput in, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "recording a complaint");
        validate(in);
        if (in.customerId() != null) {
            customers.identify(Identifier.CUSTOMER_ID, in.customerId(), caller)
                    .orElseThrow(() -> new InvalidInputException("customerId", "no customer " + in.customerId()));
        }
        long at = now.getAsLong();
        return tx.required(() -> {
            ComplaintEntity c = new ComplaintEntity();
            c.day = LocalDate.ofInstant(Instant.ofEpochMilli(at), ZoneId.systemDefault());
            c.reference = References.reference(c.day, numbers.next(References.SERIES, c.day, () -> highestReference(c.day)));
            c.customerId = blank(in.customerId());
            c.contactName = blank(in.contactName());
            c.contactPhone = blank(in.contactPhone());
            c.channel = in.channel();
            c.category = in.category();
            c.severity = in.severity();
            c.description = in.description().trim();
            c.desiredOutcome = blank(in.desiredOutcome());
            c.status = Status.RECEIVED;
            c.level = EscalationLevel.CENTER_HEAD;
            c.receivedBy = caller.username();
            c.receivedAt = at;
            c.acknowledgeBy = deadlines.acknowledgeBy(c.severity, at);
            c.resolveBy = deadlines.resolveBy(c.severity, at);
            store.add(c);
            store.append(c.id, now.getAsLong(), caller.username(), "RECEIVED", null, Status.RECEIVED, "via " + c.channel);
            return reading.toRecord(c, caller);
        });
    }

    /** The highest number of the day's references, for a day begun before the references were counted by DailyNumbers. */
    private long highestReference(LocalDate day) {
        return store.referencesOn(day).stream().mapToLong(References::numberOf).max().orElse(0);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Every fault of the input at once, each naming its field; each limit is its column's, counted as the database counts. */
    static void validate(ComplaintInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "a complaint in JSON is required");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (in.channel() == null) {
            errors.add(new InvalidInputException.FieldError("channel", "required"));
        }
        if (in.category() == null) {
            errors.add(new InvalidInputException.FieldError("category", "required"));
        }
        if (in.severity() == null) {
            errors.add(new InvalidInputException.FieldError("severity", "required"));
        }
        TextRules.check(errors, "description", in.description(), true, 2000, true);
        TextRules.check(errors, "desiredOutcome", in.desiredOutcome(), false, 1000, true);
        TextRules.check(errors, "contactName", in.contactName(), false, 100, false);
        String phone = TextRules.check(errors, "contactPhone", in.contactPhone(), false, 20, false);
        if (phone != null && !CONTACT_PHONE.matcher(phone).matches()) {
            errors.add(new InvalidInputException.FieldError("contactPhone", "digits, spaces, '+' and '-' only"));
        }
        if (in.customerId() != null && !in.customerId().isBlank()) {
            TextRules.check(errors, "customerId", in.customerId(), false, 32, false);
        }
        if (blank(in.customerId()) == null && (blank(in.contactName()) == null || blank(in.contactPhone()) == null)) {
            errors.add(new InvalidInputException.FieldError("customerId",
                    "give the customer, or for an anonymous complaint a contactName and contactPhone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
