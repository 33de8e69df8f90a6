package org.oversight.recommendation;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night (03:30 UK time unless {@code oversight.item-counts.cron} says otherwise), on one node: recounts the
 * dashboard's item counts (decision 0105) from the items and, if the summary differs — which only a write around
 * the workflow could cause — says so in the log and rebuilds it. The summary needs no nightly work to stay right as
 * days pass (nothing in it depends on the date); this is the safety net, and a rebuild is not run when nothing
 * differs, so that it does not contend with the day's writers.
 */
@Component
public class ItemCountCheck {

    private static final Logger log = LoggerFactory.getLogger(ItemCountCheck.class);

    private final JooqItemCountLedger ledger;

    ItemCountCheck(JooqItemCountLedger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(cron = "${oversight.item-counts.cron:0 30 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "item-count-check", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    public void run() {
        checkNow();
    }

    /** @return how many summary rows differed from the recount (and were put right); 0 when none */
    @Transactional
    public int checkNow() {
        Map<ItemCountKey, Integer> stored = ledger.stored();
        Map<ItemCountKey, Integer> recount = ledger.recount();
        Set<ItemCountKey> keys = new HashSet<>(stored.keySet());
        keys.addAll(recount.keySet());
        int differing = (int) keys.stream().filter(k -> !Objects.equals(stored.get(k), recount.get(k))).count();
        if (differing > 0) {
            log.warn("The dashboard's item counts differed from a recount in {} rows; rebuilt from the items", differing);
            ledger.rebuild();
        }
        return differing;
    }
}
