package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.branchdesk.marketing.api.PlanInput;
import org.branchdesk.marketing.api.PlanLine;
import org.branchdesk.marketing.impl.internal.jpa.PlanEntity;
import org.branchdesk.marketing.impl.internal.jpa.PlanLineEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;

/** The form of a plan's lines and note (400 naming the field); what may be offered is suitability's. */
final class PlanInputs {

    static final int MAX_LINES = 50;

    /** The lines as given, amounts to the fen, their total and the note. */
    record Lines(List<PlanLine> lines, BigDecimal total, String note) {
    }

    private PlanInputs() {
    }

    static Lines lines(PlanInput in) {
        List<FieldError> errors = new ArrayList<>();
        String note = TextRules.check(errors, "note", in.note(), false, PlanEntity.NOTE_LENGTH, true);
        List<PlanLine> given = in.lines() == null ? List.of() : in.lines();
        if (given.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "a plan has at most " + MAX_LINES + " lines"));
        }
        List<PlanLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < given.size() && i < MAX_LINES; i++) {
            PlanLine l = given.get(i);
            if (l == null) {
                errors.add(new FieldError("lines[" + i + "]", "is required"));
                continue;
            }
            String code = TextRules.check(errors, "lines[" + i + "].productCode", l.productCode(), true, 32, false);
            BigDecimal amount = OfferAmounts.check(errors, "lines[" + i + "].amount", l.amount(), true);
            if (code != null && amount != null) {
                lines.add(new PlanLine(code, amount, l.goal()));
                total = total.add(amount);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Lines(lines, total, note);
    }

    static List<PlanLineEntity> entities(List<PlanLine> lines) {
        List<PlanLineEntity> entities = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlanLineEntity e = new PlanLineEntity();
            e.position = i;
            e.productCode = lines.get(i).productCode();
            e.amount = lines.get(i).amount();
            e.goal = lines.get(i).goal() == null ? null : lines.get(i).goal().name();
            entities.add(e);
        }
        return entities;
    }
}
