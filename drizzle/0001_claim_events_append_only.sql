-- History is append-only: the database itself refuses to change or remove an event.
CREATE TRIGGER claim_events_no_update
BEFORE UPDATE ON claim_events
BEGIN
  SELECT RAISE(ABORT, 'claim_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER claim_events_no_delete
BEFORE DELETE ON claim_events
BEGIN
  SELECT RAISE(ABORT, 'claim_events is append-only: DELETE is not allowed');
END;
