package archfixture.shared.web;

/** Stands for the application's HTTP problem type. */
public class ApiProblem extends RuntimeException {
}
