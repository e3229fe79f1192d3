/**
 * The Petición aggregate: folio, state machine (TransicionPeticion), registration and the use cases that move it.
 */
package mx.gob.imss.siade.peticion;
