package org.oversight.recommendation.internal;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.THEME;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ThemeRef;
import org.springframework.stereotype.Repository;
import org.oversight.base.RenderedOnce;

/** Organisations and themes, the reference data every picker and filter offers. */
@Repository
public class JooqReferenceQuery {

    private final DSLContext dsl;

    /** The register's filter choices, asked on every opening: rendered once (decision 0146). */
    private final RenderedOnce<String> rendered = new RenderedOnce<>(2);

    public JooqReferenceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OrganisationRef> organisations() {
        var o = ORGANISATION;
        return rendered.fetch(dsl, "organisations", () -> dsl.select(o.ID, o.CODE, o.NAME, o.SHORT_NAME, o.KIND).from(o)
                .orderBy(o.NAME)).map(Records.mapping(OrganisationRef::new));
    }

    public List<ThemeRef> themes() {
        return rendered.fetch(dsl, "themes", () -> dsl.select(THEME.ID, THEME.CODE, THEME.NAME).from(THEME)
                .orderBy(THEME.NAME)).map(Records.mapping(ThemeRef::new));
    }
}
