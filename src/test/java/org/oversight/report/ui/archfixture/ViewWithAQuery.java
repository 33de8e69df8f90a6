package org.oversight.report.ui.archfixture;

import org.jooq.DSLContext;
import org.oversight.db.Tables;

/** Architecture self-test fixture: a view that queries the database itself (never a bean). */
public class ViewWithAQuery {
    public int count(DSLContext dsl) {
        return dsl.fetchCount(Tables.REPORT);
    }
}
