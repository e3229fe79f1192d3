/**
 * Web plumbing: messages from the bundle, formats, the exception handler that keeps stack traces off pages, readiness.
 */
package mx.gob.imss.siade.web.infra;
