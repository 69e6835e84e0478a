// Package pb_migrations holds the schema of mentorbase as append-only Go migrations:
// every collection, its fields, indexes and API rules.
package pb_migrations
