package archfixture.booking;

import archfixture.shared.web.ApiProblem;

/** Bad: domain code throwing an HTTP error instead of a domain refusal. */
class HttpErrorInDomain {

    void refuse() {
        throw new ApiProblem();
    }
}
