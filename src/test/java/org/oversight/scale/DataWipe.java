package org.oversight.scale;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_CHAIN_HEAD;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.audit.AuditEvents;

/**
 * What replace=true deletes before generating anew: every report and everything that hangs on a report,
 * found from the foreign keys in the live schema (so tables added by later migrations are included), the
 * audit trail with its chain head, and the generated accounts. Reference data and other accounts stay.
 */
final class DataWipe {

    private DataWipe() {
    }

    /** @return the tables emptied, children first */
    static List<String> run(DSLContext dsl) {
        String schema = dsl.connectionResult(c -> c.getSchema());
        List<Table<?>> tables = dsl.meta().filterSchemas(s -> s.getName().equalsIgnoreCase(schema)).getTables();
        Set<String> doomed = new LinkedHashSet<>();
        doomed.add("REPORT");
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table<?> t : tables) {
                if (!doomed.contains(name(t)) && t.getReferences().stream().anyMatch(fk -> doomed.contains(name(fk.getKey().getTable())))) {
                    grew = doomed.add(name(t));
                }
            }
        }
        doomed.add("AUDIT_EVENT");
        List<Table<?>> order = childrenFirst(tables, doomed);
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.truncate(order.toArray(Table[]::new)).execute();
        } else {
            // H2 truncates only tables that no foreign key points at; the others are deleted row by row
            for (Table<?> t : order) {
                boolean referenced = tables.stream().anyMatch(o -> o != t && o.getReferences().stream()
                        .anyMatch(fk -> name(fk.getKey().getTable()).equals(name(t))));
                if (referenced) {
                    dsl.deleteFrom(t).execute();
                } else {
                    dsl.truncate(t).execute();
                }
            }
        }
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_HASH, AuditEvents.GENESIS)
                .set(AUDIT_CHAIN_HEAD.LAST_EVENT_ID, (Long) null).where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
        // rows outside the wiped tables that still name a generated account (a reminder sent to one, say)
        for (Table<?> t : tables) {
            if (doomed.contains(name(t))) {
                continue;
            }
            for (ForeignKey<?, ?> fk : t.getReferences()) {
                if (name(fk.getKey().getTable()).equals("APP_USER") && fk.getFields().size() == 1 && !name(t).equals("APP_USER")) {
                    dsl.deleteFrom(t).where(DSL.field(DSL.name(fk.getFields().getFirst().getName()), Long.class)
                            .in(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.startsWith(People.PREFIX))))
                            .execute();
                }
            }
        }
        dsl.deleteFrom(APP_USER).where(APP_USER.USERNAME.startsWith(People.PREFIX)).execute();
        return order.stream().map(DataWipe::name).toList();
    }

    private static List<Table<?>> childrenFirst(List<Table<?>> tables, Set<String> doomed) {
        List<Table<?>> left = new ArrayList<>(tables.stream().filter(t -> doomed.contains(name(t))).toList());
        List<Table<?>> order = new ArrayList<>();
        while (!left.isEmpty()) {
            Table<?> next = left.stream()
                    .filter(t -> left.stream().noneMatch(o -> o != t && o.getReferences().stream()
                            .anyMatch(fk -> name(fk.getKey().getTable()).equals(name(t)))))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("circular foreign keys among " + left));
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    private static String name(Table<?> t) {
        return t.getName().toUpperCase(java.util.Locale.ROOT);
    }
}
