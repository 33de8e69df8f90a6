package org.oversight.recommendation.internal;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.THEME;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ThemeRef;
import org.springframework.stereotype.Repository;

/** Organisations and themes, the reference data every picker and filter offers. */
@Repository
public class JooqReferenceQuery {

    private final DSLContext dsl;

    public JooqReferenceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OrganisationRef> organisations() {
        var o = ORGANISATION;
        return dsl.select(o.ID, o.CODE, o.NAME, o.SHORT_NAME, o.KIND).from(o).orderBy(o.NAME)
                .fetch(Records.mapping(OrganisationRef::new));
    }

    public List<ThemeRef> themes() {
        return dsl.select(THEME.ID, THEME.CODE, THEME.NAME).from(THEME).orderBy(THEME.NAME)
                .fetch(Records.mapping(ThemeRef::new));
    }
}
