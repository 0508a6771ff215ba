package de.lotse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL (embedded, or the server given by
 * SPRING_DATASOURCE_URL) and a real port, with the demo municipality. All tests that use it share
 * one application context. Its clock is a {@link TestClock}; {@link SqlStatements} counts the
 * statements a test's work prepares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SqlStatements.Configuration.class})
public @interface LotseIntegrationTest {}
