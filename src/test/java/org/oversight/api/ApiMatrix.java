package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test side: one API call made as every demo account and as a caller without a token, each status compared. */
final class ApiMatrix {

    /** Every demo account, and "-" for a caller without a token. */
    static final List<String> CALLERS = List.of("admin", "hmicfrs", "iopc", "surrey", "devon", "chief.surrey", "npcc.cse", "-");

    private ApiMatrix() {
    }

    interface Call {
        int status(String caller) throws Exception;
    }

    /** Makes the call as each caller in {@link #CALLERS}' order and lists every status that differs from the expected one. */
    static void expect(String what, Call call, Map<String, Integer> expected) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String caller : CALLERS) {
            int status = call.status(caller);
            if (status != expected.get(caller)) {
                wrong.add(what + " as " + caller + ": " + status + ", expected " + expected.get(caller));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The expected statuses in {@link #CALLERS}' order: admin, hmicfrs, iopc, surrey, devon, chief.surrey, npcc.cse, none. */
    static Map<String, Integer> statuses(int... inOrder) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            m.put(CALLERS.get(i), inOrder[i]);
        }
        return m;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
