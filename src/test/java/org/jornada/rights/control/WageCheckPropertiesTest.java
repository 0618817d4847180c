package org.jornada.rights.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jornada.rights.control.WageQuestion.Period;
import org.jornada.rights.control.WageQuestion.Visa;
import org.junit.jupiter.api.Test;

/**
 * Properties every answer keeps, over random valid questions (issue #25): the total owed is never
 * negative; adding a paycheck paid at or above its floor never raises what is owed for wages; raising
 * what a paycheck paid never raises its shortfall. Seeded, so a failure is repeatable: the message
 * names the seed and the question.
 */
class WageCheckPropertiesTest {

    private static final List<String> STATES = List.of("NC", "CA", "FL", "TX", "KY", "GA", "WA", "PA");
    private static final WageCheck CHECK = ReferenceRows.CHECK;

    private static final int CASES = 400;

    @Test
    void overRandomQuestionsTheTotalIsNeverNegativeAndMorePayNeverMeansMoreOwed() {
        for (int n = 0; n < CASES; n++) {
            long seed = 25_000L + n;
            Random r = new Random(seed);
            WageQuestion q = question(r);
            WageAnswer a = CHECK.answer(q);
            String where = "seed " + seed + ": " + q;
            assertTrue(a.totalOwed().signum() >= 0 && a.totalShortfall().signum() >= 0, where);
            a.periods().forEach(p -> assertTrue(p.shortfall() == null || p.shortfall().signum() >= 0, where));
            if (a.threeFourths() != null) {
                assertTrue(a.threeFourths().shortfall().compareTo(a.threeFourths().shortfallIfNoWork()) <= 0, where);
            }

            // a paycheck paid what it was owed (at or above its floor) adds nothing owed for wages
            Period extra = period(r, q.periods().isEmpty() ? LocalDate.of(2025, 6, 1)
                    : q.periods().get(q.periods().size() - 1).to().plusDays(1));
            BigDecimal owedAlone = CHECK.answer(with(q, List.of(extra))).periods().get(0).owed();
            BigDecimal paidInFull = owedAlone.add(BigDecimal.valueOf(r.nextInt(50)));
            List<Period> more = new ArrayList<>(q.periods());
            more.add(new Period(extra.from(), extra.to(), extra.hours(), paidInFull, null, null));
            WageAnswer withMore = CHECK.answer(with(q, more));
            assertTrue(withMore.totalShortfall().compareTo(a.totalShortfall()) <= 0,
                    where + " + a paycheck paid " + paidInFull + ": " + withMore.totalShortfall() + " > " + a.totalShortfall());

            // raising what one paycheck paid never raises its shortfall, nor the total's
            if (!q.periods().isEmpty()) {
                int i = r.nextInt(q.periods().size());
                Period p = q.periods().get(i);
                List<Period> raised = new ArrayList<>(q.periods());
                raised.set(i, new Period(p.from(), p.to(), p.hours(), p.paid().add(BigDecimal.valueOf(1 + r.nextInt(500))),
                        null, null));
                WageAnswer b = CHECK.answer(with(q, raised));
                BigDecimal before = a.periods().get(i).shortfall();
                BigDecimal after = b.periods().get(i).shortfall();
                assertTrue(after.compareTo(before) <= 0, where + " raised paycheck " + i + ": " + after + " > " + before);
                assertTrue(b.totalShortfall().compareTo(a.totalShortfall()) <= 0, where);
                assertTrue(b.totalOwed().compareTo(a.totalOwed()) <= 0, where + ": total owed rose when pay rose");
            }
        }
    }

    private static WageQuestion question(Random r) {
        Visa visa = r.nextBoolean() ? Visa.H2A : Visa.H2B;
        String state = STATES.get(r.nextInt(STATES.size()));
        LocalDate start = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(900));
        List<Period> periods = new ArrayList<>();
        LocalDate day = start;
        int count = r.nextInt(8);
        for (int i = 0; i < count; i++) {
            Period p = period(r, day);
            periods.add(p);
            day = p.to().plusDays(1 + (r.nextInt(4) == 0 ? r.nextInt(20) : 0));
        }
        LocalDate end = day.plusDays(r.nextInt(60));
        WageQuestion.Contract contract = r.nextInt(3) == 0 ? null
                : new WageQuestion.Contract(start, end, BigDecimal.valueOf(20 + r.nextInt(60)));
        LocalDate filed = r.nextBoolean() ? null : start.minusDays(30 + r.nextInt(60));
        BigDecimal promised = r.nextBoolean() ? null : new BigDecimal(8 + r.nextInt(14) + "." + r.nextInt(10) + "0");
        WageQuestion.Costs costs = r.nextBoolean() ? null : new WageQuestion.Costs(BigDecimal.valueOf(r.nextInt(900)),
                BigDecimal.valueOf(r.nextInt(300)), BigDecimal.valueOf(r.nextInt(400)), r.nextInt(4) == 0);
        List<WageQuestion.Deduction> deductions = r.nextBoolean() ? List.of()
                : List.of(new WageQuestion.Deduction(List.of("vivienda", "herramientas", "comida", "préstamo").get(r.nextInt(4)),
                        BigDecimal.valueOf(r.nextInt(200))));
        return new WageQuestion(visa, state, filed, WageQuestion.PayBasis.HOURLY, promised, null,
                r.nextBoolean() ? null : WageQuestion.Skill.II, r.nextBoolean() ? null : r.nextBoolean(), periods,
                deductions, costs, contract);
    }

    private static Period period(Random r, LocalDate from) {
        int days = 7 * (1 + r.nextInt(2));
        BigDecimal hours = BigDecimal.valueOf(r.nextInt(days * 12 + 1));
        BigDecimal paid = hours.multiply(BigDecimal.valueOf(5 + r.nextInt(20)));
        return new Period(from, from.plusDays(days - 1), hours, paid, null, null);
    }

    private static WageQuestion with(WageQuestion q, List<Period> periods) {
        return new WageQuestion(q.visa(), q.state(), q.jobOrderFiledOn(), q.payBasis(), q.hourlyRate(), q.prevailingWage(),
                q.skill(), q.freeHousing(), periods, q.deductions(), q.costs(), q.contract());
    }
}
