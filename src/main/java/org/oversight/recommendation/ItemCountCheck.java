package org.oversight.recommendation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oversight.base.SummaryRecount;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.oversight.recommendation.internal.JooqRegisterTally;
import org.oversight.recommendation.internal.JooqVerifiedSpanLedger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night (03:30 UK time unless {@code oversight.item-counts.cron} says otherwise), on one node: recounts the
 * dashboard's item counts and verified days (decisions 0105 and 0123), and the register's items by report (decision
 * 0132), from the items and, if a summary differs — which only a write around
 * the workflow could cause — says so in the log and rebuilds it. The summary needs no nightly work to stay right as
 * days pass (nothing in it depends on the date); this is the safety net, and a rebuild is not run when nothing
 * differs, so that it does not contend with the day's writers.
 */
@Component
public class ItemCountCheck {

    private final JooqItemCountLedger ledger;
    private final JooqVerifiedSpanLedger spans;
    private final JooqRegisterTally tally;

    ItemCountCheck(JooqItemCountLedger ledger, JooqVerifiedSpanLedger spans, JooqRegisterTally tally) {
        this.ledger = ledger;
        this.spans = spans;
        this.tally = tally;
    }

    @Scheduled(cron = "${oversight.item-counts.cron:0 30 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "item-count-check", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    public void run() {
        checkNow();
    }

    /** @return how many summary rows of either table differed from the recount (and were put right); 0 when none */
    @Transactional
    public int checkNow() {
        return SummaryRecount.mendIfDiffering("The dashboard's item counts", ledger.stored(), ledger.recount(), // i18n-ok: a log line for operators
                ledger::rebuildCounts)
                + SummaryRecount.mendIfDiffering("The dashboard's item counts by recipient", ledger.storedByRecipient(), // i18n-ok: a log line for operators
                ledger.recountByRecipient(), ledger::rebuildCounts)
                + SummaryRecount.mendIfDiffering("The register's items by report", tally.stored(), tally.recount(), // i18n-ok: a log line for operators
                ledger::rebuildCounts)
                + SummaryRecount.mendIfDiffering("The dashboard's verified days", ledger.storedVerifiedDays(), // i18n-ok: a log line for operators
                ledger.recountVerifiedDays(), ledger::rebuildVerifiedDays)
                // after the verified days, which it is recounted from
                + SummaryRecount.mendIfDiffering("The dashboard's verified spans", spans.stored(), // i18n-ok: a log line for operators
                spans.recount(), ledger::rebuildVerifiedDays);
    }
}
