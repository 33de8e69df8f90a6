package org.oversight.actionplan;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oversight.actionplan.internal.JooqSlippageLedger;
import org.oversight.base.SummaryRecount;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night (03:40 UK time unless {@code oversight.action-slippage.cron} says otherwise), on one node: recounts the
 * dashboard's slippage summary (decision 0112) from the actions and, if it differs — which only a write around the
 * action repository could cause — says so in the log and rebuilds it. Nothing in the summary depends on the date,
 * so this is a safety net, and no rebuild runs when nothing differs (it would contend with the day's writers).
 */
@Component
public class SlippageCheck {

    private final JooqSlippageLedger ledger;

    SlippageCheck(JooqSlippageLedger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(cron = "${oversight.action-slippage.cron:0 40 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "action-slippage-check", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    public void run() {
        checkNow();
    }

    /** @return how many summary rows differed from the recount (and were put right); 0 when none */
    @Transactional
    public int checkNow() {
        return SummaryRecount.mendIfDiffering("The dashboard's slippage summary", ledger.stored(), ledger.recount(), // i18n-ok: a log line for operators
                ledger::rebuild)
                + SummaryRecount.mendIfDiffering("The dashboard's slippage by organisation", // i18n-ok: a log line for operators
                ledger.storedByOrganisation(), ledger.recountByOrganisation(), ledger::rebuild);
    }
}
