package archfixture.booking;

import jakarta.persistence.Entity;

/** Bad: a JPA entity. */
@Entity
public class JpaStyleEntity {
}
