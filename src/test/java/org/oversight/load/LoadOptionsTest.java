package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load test's settings: each node's JVM options are -X options only, by default the server's collector. */
class LoadOptionsTest {

    private static final Map<String, String> ENV = Map.of("OT_LOAD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/load");

    @Test
    void aNodesJvmOptionsAreTheCommaSeparatedOnesGiven() throws Exception {
        LoadOptions o = LoadOptions.parse(new String[] {"--jar=app.jar --node-jvm=-XX:+UseParallelGC,-Xlog:gc:file=/tmp/gc.log"}, ENV);

        assertThat(o.nodeJvm()).containsExactly("-XX:+UseParallelGC", "-Xlog:gc:file=/tmp/gc.log");
        assertThat(LoadOptions.parse(new String[] {"--jar=app.jar"}, ENV).nodeJvm())
                .containsExactly("-XX:+UseParallelGC", "-XX:+UseCompactObjectHeaders");
        assertThat(LoadOptions.parse(new String[] {"--jar=app.jar --node-jvm="}, ENV).nodeJvm()).isEmpty();
    }

    @Test
    void anythingButJvmXOptionsIsRefused() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--jar=app.jar --node-jvm=-javaagent:evil.jar"}, ENV))
                .hasMessageContaining("--node-jvm");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--jar=app.jar --node-jvm=-Dspring.profiles.active=x"}, ENV))
                .hasMessageContaining("--node-jvm");
    }

    @Test
    void theServersOptionsAreTheSameWhereverTheServerIsStarted() throws Exception {
        String fastStart = Files.readString(Path.of("bin/fast-start"));
        String readme = Files.readString(Path.of("README.md"));
        String flags = fastStart.lines().filter(l -> l.startsWith("FLAGS=(")).findFirst().orElseThrow();

        for (String option : LoadOptions.SERVER_JVM.split(",")) {
            assertThat(flags).as("bin/fast-start's FLAGS").contains(option);
            assertThat(readme).as("the README's route").contains(option + " ");
        }
    }

    @Test
    void newSessionsArriveEvenlyOverTheArrivalSecondsOrAllAtOnceWithNone() throws Exception {
        LoadOptions spread = LoadOptions.parse(new String[] {"--jar=app.jar --step-seconds=60"}, ENV);
        LoadOptions shorter = LoadOptions.parse(new String[] {"--jar=app.jar --step-seconds=30"}, ENV);
        LoadOptions burst = LoadOptions.parse(new String[] {"--jar=app.jar --arrival-seconds=0"}, ENV);

        assertThat(spread.arrivalSeconds()).isEqualTo(20);
        assertThat(shorter.arrivalSeconds()).isEqualTo(10);
        assertThat(CapacityRun.arrival(spread, 0, 50)).isZero();
        assertThat(CapacityRun.arrival(spread, 25, 50)).isEqualTo(10_000);
        assertThat(CapacityRun.arrival(spread, 49, 50)).isEqualTo(19_600);
        assertThat(CapacityRun.arrival(burst, 49, 50)).as("within one think time, at random").isNegative();
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--jar=app.jar --arrival-seconds=60"}, ENV))
                .hasMessageContaining("--arrival-seconds");
    }
}
