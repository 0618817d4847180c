package org.jornada.rights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jornada.rights.control.WageAnswer.Floor;
import org.jornada.rights.control.WageAnswer.FloorSpan;
import org.jornada.rights.control.WageAnswer.Note;

/**
 * One paycheck priced day by day (issue #25, rule 8): its hours spread evenly over its days, each
 * day at the floor in force that day, so a paycheck across January 1 or a table's first day is paid
 * at each rate for its own days. By the piece, at least that (655.122(l): piece-rate earnings must
 * reach the hourly floor in each pay period).
 */
final class PayPeriods {

    private PayPeriods() {
    }

    static WageAnswer.PeriodResult price(WageQuestion q, WageQuestion.Period p, Floors floors, LocalDate today,
            Set<Note> notes) {
        LocalDate from = p.from() != null ? p.from() : p.to();
        LocalDate to = p.day();
        if (from == null) {
            notes.add(Note.of("wage.assume.noDates"));
            from = today;
            to = today;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal perDay = p.hours() == null ? null : p.hours().divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
        List<FloorSpan> spans = new ArrayList<>();
        BigDecimal atFloor = BigDecimal.ZERO;
        BigDecimal atFederal = BigDecimal.ZERO;
        LocalDate spanFrom = from;
        Floor spanFloor = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Floor f = floors.on(d, perDay == null ? BigDecimal.ZERO : perDay);
            if (perDay != null) {
                atFloor = atFloor.add(perDay.multiply(f.hourly()));
                atFederal = atFederal.add(perDay.multiply(floors.federal(d).hourly()));
            }
            if (spanFloor != null && !same(spanFloor, f)) {
                spans.add(new FloorSpan(spanFrom, d.minusDays(1), spanFloor));
                spanFrom = d;
            }
            spanFloor = f;
        }
        spans.add(new FloorSpan(spanFrom, to, spanFloor));
        BigDecimal owed = perDay == null ? null : WageCheck.money(atFloor);
        if (q.payBasis() == WageQuestion.PayBasis.PIECE) {
            BigDecimal pieces = p.pieces() != null && p.pieceRate() != null
                    ? WageCheck.money(p.pieces().multiply(p.pieceRate())) : null;
            owed = owed == null ? pieces : pieces == null ? owed : owed.max(pieces);
        }
        if (perDay == null) {
            notes.add(Note.of("wage.assume.noHours", String.valueOf(p.day())));
        }
        if (p.paid() == null) {
            notes.add(Note.of("wage.assume.paidUnknown", String.valueOf(p.day())));
        }
        BigDecimal paid = WageCheck.money(p.paid() == null ? BigDecimal.ZERO : p.paid());
        BigDecimal shortfall = owed == null ? null : WageCheck.money(owed.subtract(paid).max(BigDecimal.ZERO));
        // the FLSA claim is for pay below the federal minimum wage only (29 U.S.C. 255(a); reference section 3)
        boolean belowFederal = perDay != null && p.paid() != null && paid.compareTo(WageCheck.money(atFederal)) < 0;
        return new WageAnswer.PeriodResult(p.from(), p.to(), spanFloor.hourly(), owed, paid, shortfall,
                spans.size() > 1 ? List.copyOf(spans) : List.of(), belowFederal);
    }

    private static boolean same(Floor a, Floor b) {
        return a.hourly().compareTo(b.hourly()) == 0 && a.basis() == b.basis() && Objects.equals(a.table(), b.table());
    }
}
