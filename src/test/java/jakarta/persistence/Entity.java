package jakarta.persistence;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Test-only stand-in for JPA's annotation (JPA is not on this project's classpath), so the no-JPA rule has a real
 * offender to catch in the architecture fixtures.
 */
@Retention(RetentionPolicy.RUNTIME)
public @interface Entity {
}
