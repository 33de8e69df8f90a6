package org.oversight.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.base.i18n.Messages;

/** Where each expected column is in a file's header (by name, ignoring case and spacing; order free). */
final class Columns {

    private Columns() {
    }

    static Map<String, Integer> locate(List<String> header, List<String> columns, List<String> required) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = Names.key(header.get(i));
            for (String c : columns) {
                if (Names.key(c).equals(h) && !at.containsKey(c)) {
                    at.put(c, i);
                }
            }
        }
        List<String> missing = new ArrayList<>(required.stream().filter(c -> !at.containsKey(c)).toList());
        if (!missing.isEmpty()) {
            throw ImportTable.refused(Messages.t("importing.file.columns-missing", missing.size(), String.join(", ", missing)));
        }
        return at;
    }

    static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index);
    }
}
