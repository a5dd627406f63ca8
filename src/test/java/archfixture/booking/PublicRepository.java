package archfixture.booking;

import org.springframework.stereotype.Repository;

/** Bad: a repository other packages could call. */
@Repository
public class PublicRepository {
}
