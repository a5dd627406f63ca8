package com.chefweb.chefs.profile;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.shared.scheduling.OneOffJobs;

/**
 * Announces every chef's profile once more, once per database: modules that began keeping a copy of chefs after
 * some chefs were announced (notifications, for the emails they write) learn of those chefs too. Each page is told
 * in its own transaction; the listeners keep the latest copy, so telling a chef twice changes nothing. Chefs on a
 * break are not retold (news of a break cancels their upcoming meal shares); they are told when they come back.
 */
@Component
class ChefProfilesRetold {

    private static final int PAGE = 200;

    private final ChefRepository chefs;
    private final ChefNews news;
    private final OneOffJobs oneOff;
    private final TransactionTemplate transactions;

    ChefProfilesRetold(ChefRepository chefs, ChefNews news, OneOffJobs oneOff, TransactionTemplate transactions) {
        this.chefs = chefs;
        this.news = news;
        this.oneOff = oneOff;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void retell() {
        oneOff.runOnce("chefs: profiles retold for notifications", () -> {
            long after = 0;
            List<Long> page;
            do {
                long from = after;
                page = transactions.execute(status -> {
                    List<Long> ids = chefs.idsNotOnBreakAfter(from, PAGE);
                    ids.forEach(news::changed);
                    return ids;
                });
                after = page.isEmpty() ? after : page.getLast();
            } while (page.size() == PAGE);
        });
    }
}
