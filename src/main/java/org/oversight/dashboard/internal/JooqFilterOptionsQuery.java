package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.oversight.dashboard.FilterOptions;
import org.oversight.dashboard.FilterOptions.Option;
import org.oversight.recommendation.OrganisationRef;
import org.springframework.stereotype.Repository;
import org.oversight.base.RenderedOnce;

/** Watchdogs and themes for the filter, in one statement. */
@Repository
public class JooqFilterOptionsQuery {

    private final DSLContext dsl;
    /** The dashboard's filter choices, asked on every opening: rendered once (decision 0146). */
    private final RenderedOnce<String> rendered = new RenderedOnce<>(1);

    JooqFilterOptionsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public FilterOptions filterOptions() {
        List<Option> watchdogs = new ArrayList<>();
        List<Option> themes = new ArrayList<>();
        Field<String> what = inline("W").as("what");
        Field<String> code = ORGANISATION.CODE.as("code");
        Field<String> name = ORGANISATION.SHORT_NAME.as("name");
        rendered.fetch(dsl, "options", () -> dsl.select(what, code, name)
                        .from(ORGANISATION).where(ORGANISATION.KIND.eq(OrganisationRef.Kind.WATCHDOG))
                        .unionAll(select(inline("T"), THEME.CODE, THEME.NAME).from(THEME))
                        .orderBy(name))
                .forEach(r -> ("W".equals(r.get(what)) ? watchdogs : themes).add(new Option(r.get(code), r.get(name))));
        return new FilterOptions(watchdogs, themes);
    }
}
