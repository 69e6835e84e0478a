package apptest

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Password is the password of every person a Builder makes; tests sign in with it.
const Password = "secret-pass-123"

// Builder makes the records of a test world, each through the app's hooks as the portal would
// save it: every method saves one record and returns it, and fails the test when the save is
// refused. Relations are given as record ids, so a world may name records it has not loaded.
// fields set or override any field, "id" included (a fixed id lets scenario tables name the
// record); a world with many records of one shape writes its own small function around a
// method.
type Builder struct {
	t   testing.TB
	app core.App
}

// Build returns a builder saving into app, failing t.
func Build(t testing.TB, app core.App) *Builder {
	return &Builder{t: t, app: app}
}

// Record saves a new record of collection with fields.
func (b *Builder) Record(collection string, fields map[string]any) *core.Record {
	b.t.Helper()
	col, err := b.app.FindCollectionByNameOrId(collection)
	if err != nil {
		b.t.Fatalf("building %s: %v", collection, err)
	}
	r := core.NewRecord(col)
	r.Load(fields)
	if password, ok := fields[core.FieldNamePassword].(string); ok && col.IsAuth() {
		r.SetPassword(password)
	}
	if collection == kernel.CollectionMeetings && r.GetDateTime("starts_at").Time().Before(time.Now().Add(-time.Minute)) {
		return b.pastMeeting(r)
	}
	return b.Save(r)
}

// pastMeeting saves a meeting that started in the past as it stands once its time has passed:
// the meetings hook refuses proposing a past time (workspace.CheckMeetingStart), so a world's
// earlier meetings are written with the record's own validation but without the hooks, and
// no invite is mailed for them. Changing one later (held, cancelled) goes through the hooks.
func (b *Builder) pastMeeting(r *core.Record) *core.Record {
	b.t.Helper()
	if r.Id == "" {
		r.Id = core.GenerateDefaultRandomId()
	}
	if err := b.app.UnsafeWithoutHooks().Save(r); err != nil {
		b.t.Fatalf("building meetings %s: %v", r.Id, err)
	}
	return r
}

// Save saves r, a new or a changed record.
func (b *Builder) Save(r *core.Record) *core.Record {
	b.t.Helper()
	if err := b.app.Save(r); err != nil {
		b.t.Fatalf("building %s %s: %v", r.Collection().Name, r.Id, err)
	}
	return r
}

// Update reads r again from the database, sets fields on it and saves it: hooks compare a
// change with what is stored, which a record held since its creation may no longer be.
func (b *Builder) Update(r *core.Record, fields map[string]any) *core.Record {
	b.t.Helper()
	fresh, err := b.app.FindRecordById(r.Collection(), r.Id)
	if err != nil {
		b.t.Fatalf("building %s %s: %v", r.Collection().Name, r.Id, err)
	}
	fresh.Load(fields)
	return b.Save(fresh)
}

// Person makes a verified person who signs in with email and Password.
func (b *Builder) Person(email, name, locale string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionUsers, with(map[string]any{
		core.FieldNameEmail: email, "name": name, "locale": locale,
		core.FieldNamePassword: Password, core.FieldNameVerified: true,
	}, fields))
}

// Superuser makes a superuser who signs in with email and Password.
func (b *Builder) Superuser(email string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(core.CollectionNameSuperusers, with(map[string]any{
		core.FieldNameEmail: email, core.FieldNamePassword: Password,
	}, fields))
}

// Programme makes a programme in English, in Paris time, matched by its coordinators;
// unpublished unless fields say so.
func (b *Builder) Programme(slug, name string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionPrograms, with(map[string]any{
		"slug": slug, "name": name, "languages": []string{"en"}, "timezone": "Europe/Paris",
		"matching_mode": "coordinated",
	}, fields))
}

// Charter makes version of program's charter, in force from published (a draft when zero).
func (b *Builder) Charter(program string, version int, published time.Time, fields ...map[string]any) *core.Record {
	b.t.Helper()
	data := map[string]any{"program": program, "version": version}
	if !published.IsZero() {
		data["published_at"] = published
	}
	return b.Record(kernel.CollectionCharters, with(data, fields))
}

// Acceptance records that user accepted charter in role at a moment.
func (b *Builder) Acceptance(user, charter, role string, at time.Time) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionCharterAcceptances, map[string]any{
		"user": user, "charter": charter, "role": role, "accepted_at": at,
	})
}

// Application makes user's application to program in role ("mentor", "mentee") and status.
func (b *Builder) Application(program, user, role, status string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionApplications, with(map[string]any{
		"program": program, "user": user, "role": role, "status": status,
	}, fields))
}

// Pair makes a match of program between a mentor's and a mentee's applications, in status,
// made by a coordinator unless fields give another origin.
func (b *Builder) Pair(program, mentor, mentee, status string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionMatches, with(map[string]any{
		"program": program, "mentor": mentor, "mentee": mentee, "status": status, "origin": kernel.OriginCoordinator,
	}, fields))
}

// Meeting makes an hour-long video meeting of match from start, proposed by a member.
func (b *Builder) Meeting(match, proposedBy string, start time.Time, status string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionMeetings, with(map[string]any{
		"match": match, "proposed_by": proposedBy, "starts_at": start, "ends_at": start.Add(time.Hour),
		"mode": "video", "status": status,
	}, fields))
}

// Event makes an event of program of kind ("kickoff", "closing"...) from start.
func (b *Builder) Event(program, kind, title string, start time.Time, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionEvents, with(map[string]any{
		"program": program, "kind": kind, "title": title, "starts_at": start,
	}, fields))
}

// Tag makes a tag of kind ("skill", "industry"...) with its English label.
func (b *Builder) Tag(kind, key, labelEN string, fields ...map[string]any) *core.Record {
	b.t.Helper()
	return b.Record(kernel.CollectionTags, with(map[string]any{
		"kind": kind, "key": key, "label_en": labelEN,
	}, fields))
}

// with is data overridden by every map of fields, in order.
func with(data map[string]any, fields []map[string]any) map[string]any {
	for _, more := range fields {
		for k, v := range more {
			data[k] = v
		}
	}
	return data
}
