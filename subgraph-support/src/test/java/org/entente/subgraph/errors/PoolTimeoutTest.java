package org.entente.subgraph.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import jakarta.persistence.PersistenceException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The pool the services use (Agroal, as Quarkus configures it) against a database that hangs: a
 * server that takes TCP connections and never answers, as PostgreSQL does when it is stopped
 * (SIGSTOP) or overwhelmed. The pool's own failure must read as an outage, not as a bug.
 */
class PoolTimeoutTest {

    @Test
    void aPoolThatGetsNoConnectionFromAHungDatabaseIsAnOutage() throws Exception {
        try (ServerSocket hungDatabase = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                AgroalDataSource pool = pool(hungDatabase.getLocalPort())) {
            SQLException timeout = assertThrows(SQLException.class, pool::getConnection);
            assertNull(timeout.getSQLState(), "Agroal gives its timeouts no SQLSTATE: " + timeout);
            GraphQLError error = ErrorCodes.withCode(new ExceptionWhileDataFetching(
                    ResultPath.parse("/events"),
                    new PersistenceException("could not prepare statement", timeout),
                    new SourceLocation(1, 3)));
            assertEquals("SUBGRAPH_UNAVAILABLE", error.getExtensions().get("code"), timeout.getMessage());
            assertEquals(DatabaseOutages.MESSAGE, error.getMessage());
        }
    }

    private static AgroalDataSource pool(int port) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1)
                        .acquisitionTimeout(Duration.ofMillis(300))
                        .connectionFactoryConfiguration(
                                factory -> factory.jdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/entente")
                                        .principal(new NamePrincipal("entente"))
                                        .credential(new SimplePassword("entente")))));
    }
}
