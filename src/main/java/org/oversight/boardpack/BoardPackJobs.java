package org.oversight.boardpack;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.oversight.base.i18n.Language;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Makes board packs in the background, so that the page stays responsive and can show how far a pack has got.
 * Two at a time per node: drawing a national pack takes seconds of CPU, and a queue is fairer than a pile-up.
 * The job runs as the user who asked, so the service applies their scope exactly as on the screen.
 */
@Component
public class BoardPackJobs {

    private final BoardPackService service;
    private final CurrentUser currentUser;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("board-pack-", 1)
            .daemon(true).factory());

    BoardPackJobs(BoardPackService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    /** Starts a pack for the signed-in user; refuses at once anyone who may not make one. */
    public BoardPackJob start(DashboardFilter filter) {
        return start(filter, null);
    }

    /** Starts one recipient's pack (by organisation code; null for the user's own), under the service's rules. */
    public BoardPackJob start(DashboardFilter filter, String recipientCode) {
        currentUser.requireRole(Role.CHIEF_OFFICER, Role.WATCHDOG, Role.ADMIN);
        BoardPackJob job = new BoardPackJob();
        // the pack is written in the language of whoever asked for it
        Language language = Language.current();
        // captures the caller's security context for the worker thread
        new DelegatingSecurityContextExecutorService(pool).execute(() -> {
            try {
                job.result().complete(language.speak(() -> service.make(filter, recipientCode, job::progress)));
            } catch (RuntimeException | Error e) {
                job.result().completeExceptionally(e);
            }
        });
        return job;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
