-- =====================================================================================
-- Consulta jurídica (issue 10): the search index follows the database through a transactional
-- outbox. Every change of a petición (each writes its bitácora entry) leaves a task here in the same
-- transaction; the indexer takes them in order, re-reads the petición and updates the index, then
-- deletes the tasks. After a crash the tasks are still here and are taken again (indexing a petición
-- twice gives the same document).
-- =====================================================================================
CREATE SEQUENCE TAREA_INDICE_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE TAREA_INDICE (
  ID           NUMBER(15)          NOT NULL,
  PETICION_ID  NUMBER(12)          NOT NULL,
  CREADA_EN    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT PK_TAREA_INDICE PRIMARY KEY (ID)
);
COMMENT ON TABLE TAREA_INDICE IS 'Bandeja de salida del índice de búsqueda: peticiones cambiadas que falta reindexar';
-- No foreign key: a task must never stop a change from committing, and the indexer skips a petición it cannot read.
