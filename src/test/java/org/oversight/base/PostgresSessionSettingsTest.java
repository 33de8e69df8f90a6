package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decision 0138: the application's PostgreSQL sessions run with {@code jit = off}; H2's connections get no
 * PostgreSQL option; a URL or pool that sets its own {@code options} keeps them.
 */
@DatabaseTest
class PostgresSessionSettingsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationsSessionsRunWithoutJitOnPostgresql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (product.equals("PostgreSQL")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW jit")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("off");
                }
            } else {
                assertThat(product).isEqualTo("H2");
                assertThat(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties()).doesNotContainKey("options");
            }
        }
    }

    @Test
    void onlyAPostgresqlPoolWithoutOptionsOfItsOwnIsChanged() {
        assertThat(options("jdbc:postgresql://db:5432/oversight", null)).isEqualTo("-c jit=off");
        assertThat(options("jdbc:h2:mem:x", null)).isNull();
        assertThat(options("jdbc:postgresql://db/oversight?options=-c%20statement_timeout=5000", null)).isNull();
        assertThat(options("jdbc:postgresql://db/oversight", "-c work_mem=64MB")).isEqualTo("-c work_mem=64MB");
    }

    private static Object options(String url, String own) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            if (own != null) {
                pool.addDataSourceProperty("options", own);
            }
            PostgresSessionSettings.apply(pool);
            return pool.getDataSourceProperties().get("options");
        }
    }
}
