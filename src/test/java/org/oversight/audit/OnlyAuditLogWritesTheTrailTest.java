package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The trail is append-only because no code but AuditLog writes it, and AuditLog only appends. */
class OnlyAuditLogWritesTheTrailTest {

    /** What the application is built from; test-side tools are not part of it. */
    private static final Path SOURCES = Path.of("src/main/java");
    /**
     * The national data generator, a benchmark tool on the test side (src/test/java, never in the jar): it writes a
     * synthetic history whose events it chains itself and, with replace=true, empties a database first, audit trail
     * included. It is not scanned; it shows that the check recognises a writer that is not AuditLog.
     */
    private static final Path GENERATOR_WIPE = Path.of("src/test/java/org/oversight/scale/DataWipe.java");
    private static final Pattern ANY_WRITE = Pattern.compile(
            "(insertInto|update|deleteFrom|delete|mergeInto|truncate)\\(\\s*(Tables\\.)?AUDIT_(EVENT|CHAIN_HEAD)\\b"
                    + "|(?i)(insert\\s+into|update|delete\\s+from|truncate(\\s+table)?)\\s+audit_(event|chain_head)\\b");
    private static final Pattern CHANGE_OR_REMOVE = Pattern.compile(
            "(update|deleteFrom|delete|truncate)\\(\\s*(Tables\\.)?AUDIT_EVENT\\b");

    @Test
    void noClassButAuditLogWritesTheAuditTables() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("org/oversight/audit/AuditLog.java")))
                    .filter(p -> ANY_WRITE.matcher(read(p)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("classes writing audit_event or audit_chain_head besides AuditLog").isEmpty();
    }

    @Test
    void theCheckRecognisesAWriterOtherThanAuditLog() {
        assertThat(ANY_WRITE.matcher(read(GENERATOR_WIPE)).find()).as("the generator's wipe resets the chain head").isTrue();
    }

    @Test
    void auditLogOnlyAppends() {
        String source = read(SOURCES.resolve("org/oversight/audit/AuditLog.java"));
        assertThat(ANY_WRITE.matcher(source).find()).as("the check itself recognises AuditLog's insert").isTrue();
        assertThat(CHANGE_OR_REMOVE.matcher(source).find()).as("AuditLog changes or removes events").isFalse();
        List<String> publicMethods = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).sorted().toList();
        assertThat(publicMethods).containsExactly("record", "recordForAccount");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
