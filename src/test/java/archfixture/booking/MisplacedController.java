package archfixture.booking;

import org.springframework.web.bind.annotation.RestController;

/** Bad: a controller outside the module's web adapter. */
@RestController
public class MisplacedController {
}
