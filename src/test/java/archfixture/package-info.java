/**
 * Deliberately bad code, imported only by ArchitectureTests to prove each architecture rule can fail. It is laid
 * out like the application (one package per module under this root) but is never part of it.
 */
package archfixture;
