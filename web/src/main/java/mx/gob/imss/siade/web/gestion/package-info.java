/** Gestión over HTTP: the intake REST API for other systems (JAX-RS, OpenAPI-annotated). */
package mx.gob.imss.siade.web.gestion;
