/**
 * All demo data in one place: one user per role and a few petitions in different states, only for the embedded default.
 */
package mx.gob.imss.siade.demo;
