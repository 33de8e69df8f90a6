package org.oversight.dashboard.internal;

import static org.oversight.db.Tables.ORGANISATION;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The organisation code of a user's organisation, for the performance table's "own force". */
@Repository
public class JooqReferenceForPerformance {

    private final DSLContext dsl;

    JooqReferenceForPerformance(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> codeOf(Long organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        return dsl.select(ORGANISATION.CODE).from(ORGANISATION).where(ORGANISATION.ID.eq(organisationId))
                .fetchOptional(ORGANISATION.CODE);
    }
}
