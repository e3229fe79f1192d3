/**
 * Supervision tools of jefes de área and supervisores: bulk reassignment of cases (from the Bandeja, an
 * absent consultor's, the last guard shift's, 5.49) and the anulación of registrations made by mistake.
 */
package mx.gob.imss.siade.supervision;
