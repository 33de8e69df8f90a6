package org.oversight.recommendation;

import java.util.List;
import org.oversight.recommendation.internal.JooqReferenceQuery;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations and themes that filters and forms offer. Public reference data, but only for signed-in users. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final JooqReferenceQuery query;
    private final CurrentUser currentUser;

    ReferenceData(JooqReferenceQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    /** Every organisation, by name. */
    public List<OrganisationRef> organisations() {
        currentUser.require();
        return query.organisations();
    }

    public List<OrganisationRef> watchdogs() {
        return organisations().stream().filter(o -> o.kind() == OrganisationRef.Kind.WATCHDOG).toList();
    }

    public List<OrganisationRef> forces() {
        return organisations().stream().filter(o -> o.kind() == OrganisationRef.Kind.FORCE).toList();
    }

    /** Forces and national bodies: who may receive a recommendation. */
    public List<OrganisationRef> recipients() {
        return organisations().stream().filter(OrganisationRef::isRecipient).toList();
    }

    public List<ThemeRef> themes() {
        currentUser.require();
        return query.themes();
    }
}
