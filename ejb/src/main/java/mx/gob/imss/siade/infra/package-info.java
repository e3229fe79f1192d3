/**
 * Technical pieces shared by every capability: schema migration, clock, configuration secrets, the business-refusal exception.
 */
package mx.gob.imss.siade.infra;
