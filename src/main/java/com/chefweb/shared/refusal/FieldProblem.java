package com.chefweb.shared.refusal;

/**
 * One invalid input field, reported in the {@code errors} member of a validation problem.
 *
 * @param field the request field's path as the client sent it, such as {@code packages[0].price}
 * @param message what is wrong with it, in words a customer can act on
 */
public record FieldProblem(String field, String message) {
}
