package org.oversight.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the production sources that write a table, through its jOOQ constant, a local alias of it or plain SQL:
 * for the tests that keep each summary-bearing table to its one writer (tracked items to the register, actions to
 * the action repository).
 */
final class TableWriters {

    static final Path SOURCES = Path.of("src/main/java");

    private final String constant;
    private final Pattern alias;
    private final String table;

    /**
     * @param constant the generated table's constant, e.g. {@code ACTION}
     * @param type     the generated table's class, e.g. {@code Action}
     * @param table    the table's name in SQL, e.g. {@code action}
     */
    TableWriters(String constant, String type, String table) {
        this.constant = constant;
        this.alias = Pattern.compile("\\b(?:var|(?:[\\w.]+\\.)?" + type + ")\\s+(\\w+)\\s*=\\s*(?:Tables\\.)?" + constant + "\\s*;");
        this.table = table;
    }

    /** The sources under src/main/java, other than those {@code allowed}, that write the table. */
    List<String> outside(Predicate<Path> allowed) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !allowed.test(SOURCES.relativize(p)))
                    .filter(p -> writes(read(p)))
                    .map(Path::toString).toList();
        }
    }

    boolean writes(String source) {
        StringBuilder names = new StringBuilder("(?:Tables\\.)?" + constant);
        Matcher m = alias.matcher(source);
        while (m.find()) {
            names.append('|').append(Pattern.quote(m.group(1)));
        }
        Pattern write = Pattern.compile("(?:insertInto|update|deleteFrom|delete|mergeInto)\\(\\s*(?:" + names + ")\\s*[,)]"
                + "|(?i)(?:insert\\s+into|update|delete\\s+from)\\s+" + table + "\\b(?!_)");
        return write.matcher(source).find();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
