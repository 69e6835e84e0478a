package pb_migrations

// LinkPreviousRuns lets the tests link runs as the migration does, on data saved after it ran.
var LinkPreviousRuns = linkPreviousRuns
