package org.oversight.recommendation;

import java.util.List;
import java.util.function.Predicate;
import org.oversight.recommendation.internal.JooqReferenceQuery;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations and themes that filters and forms offer. Public reference data, but only for signed-in users. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    /**
     * The organisations and themes as read once, for a screen or a request that needs several of their lists (a
     * filter bar and the check of a link's codes): each list below is cut from the one read.
     */
    public record Known(List<OrganisationRef> organisations, List<ThemeRef> themes) {

        public List<OrganisationRef> watchdogs() {
            return of(o -> o.kind() == OrganisationRef.Kind.WATCHDOG);
        }

        public List<OrganisationRef> forces() {
            return of(o -> o.kind() == OrganisationRef.Kind.FORCE);
        }

        /** Forces and national bodies: who may receive a recommendation. */
        public List<OrganisationRef> recipients() {
            return of(OrganisationRef::isRecipient);
        }

        private List<OrganisationRef> of(Predicate<OrganisationRef> which) {
            return organisations.stream().filter(which).toList();
        }
    }

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

    /** Every organisation and every theme, each read once (in one transaction). */
    public Known known() {
        return new Known(organisations(), themes());
    }

    public List<OrganisationRef> watchdogs() {
        return new Known(organisations(), List.of()).watchdogs();
    }

    public List<OrganisationRef> forces() {
        return new Known(organisations(), List.of()).forces();
    }

    /** Forces and national bodies: who may receive a recommendation. */
    public List<OrganisationRef> recipients() {
        return new Known(organisations(), List.of()).recipients();
    }

    public List<ThemeRef> themes() {
        currentUser.require();
        return query.themes();
    }
}
