package org.oversight.scale;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.THEME;

import java.util.List;
import org.jooq.DSLContext;
import org.oversight.recommendation.OrganisationRef;

/** The reference data the generated set hangs on (migration V0002): watchdogs, forces, national bodies, themes. */
record Reference(List<Org> watchdogs, List<Org> forces, List<Org> nationalBodies, List<Theme> themes) {

    record Org(long id, String code, String name, String shortName) {
    }

    record Theme(long id, String code, String name) {
    }

    static Reference load(DSLContext dsl) {
        var o = ORGANISATION;
        List<Org> watchdogs = orgs(dsl, OrganisationRef.Kind.WATCHDOG);
        List<Org> forces = orgs(dsl, OrganisationRef.Kind.FORCE);
        List<Org> nationals = orgs(dsl, OrganisationRef.Kind.NATIONAL_BODY);
        List<Theme> themes = dsl.select(THEME.ID, THEME.CODE, THEME.NAME).from(THEME).orderBy(THEME.ID)
                .fetch(r -> new Theme(r.value1(), r.value2(), r.value3()));
        if (forces.isEmpty() || themes.isEmpty() || watchdog(watchdogs, "HMICFRS") == null
                || watchdog(watchdogs, "IOPC") == null || watchdog(watchdogs, "IICSA") == null) {
            throw new IllegalStateException("The reference data (organisations and themes of migration V0002) is missing; "
                    + "is this an Oversight Tracker database?");
        }
        return new Reference(watchdogs, forces, nationals, themes);
    }

    Org watchdog(String code) {
        return watchdog(watchdogs, code);
    }

    private static Org watchdog(List<Org> watchdogs, String code) {
        return watchdogs.stream().filter(w -> w.code().equals(code)).findFirst().orElse(null);
    }

    private static List<Org> orgs(DSLContext dsl, OrganisationRef.Kind kind) {
        var o = ORGANISATION;
        return dsl.select(o.ID, o.CODE, o.NAME, o.SHORT_NAME).from(o).where(o.KIND.eq(kind)).orderBy(o.ID)
                .fetch(r -> new Org(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
