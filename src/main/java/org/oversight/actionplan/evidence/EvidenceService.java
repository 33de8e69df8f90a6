package org.oversight.actionplan.evidence;

import org.oversight.actionplan.internal.JooqProgressRepository;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves evidence files to those who may see them: watchdog staff and administrators see all; leads and chief
 * officers only their own organisation's. A file someone may not see is reported exactly like one that does not
 * exist, so that ids cannot be probed.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    private final JooqProgressRepository progress;
    private final CurrentUser currentUser;

    EvidenceService(JooqProgressRepository progress, CurrentUser currentUser) {
        this.progress = progress;
        this.currentUser = currentUser;
    }

    public EvidenceFile download(long evidenceId) {
        SignedInUser user = currentUser.require();
        return progress.scope(evidenceId)
                .filter(s -> ItemScope.of(user).includes(s.organisationId()))
                .map(s -> new EvidenceFile(s.evidenceId(), s.fileName(), s.contentType(), progress.content(evidenceId)))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("actionplan.evidence.no-such-file", String.valueOf(evidenceId))));
    }
}
