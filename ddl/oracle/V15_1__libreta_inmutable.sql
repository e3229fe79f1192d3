-- =====================================================================================
-- Oracle only (run from db/vendor/oracle, see MigracionEsquema): once reviewed, an entry of the
-- Libreta de enlace (Anexo 5) cannot change, and no entry can be deleted — for anyone with SQL
-- access too. H2 runs only Java triggers, so the embedded database relies on the entity alone
-- (every column updatable = false, the review written once by LibretaEnlace.revisar).
-- =====================================================================================
CREATE OR REPLACE TRIGGER TR_LIBRETA_INMUTABLE
BEFORE UPDATE OR DELETE ON LIBRETA_ENLACE
FOR EACH ROW
BEGIN
  IF DELETING OR :OLD.REVISION IS NOT NULL THEN
    RAISE_APPLICATION_ERROR(-20051, 'La libreta de enlace no se modifica ni se borra después de revisada');
  END IF;
END;
/
