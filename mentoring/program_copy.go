package mentoring

import (
	"regexp"
	"strconv"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// yearSuffix is a slug's ending year, e.g. the "-2026" of "alumni-2026".
var yearSuffix = regexp.MustCompile(`-(\d{4})$`)

// CopyProgramForNextYear runs a programme again: a new, unpublished programme with the same
// settings, texts, coordinators and areas, its charter in force (as version 1), its own tags
// and its events, every date a year later on the programme's wall clock (a 17:30 kickoff stays
// at 17:30 whatever summer time does). It is written in one transaction; applications, pairs
// and everything people did stay with the old programme.
func CopyProgramForNextYear(app core.App, program *core.Record) (*core.Record, error) {
	loc := kernel.ProgramZone(program)
	var copied *core.Record
	err := app.RunInTransaction(func(tx core.App) error {
		slug, err := nextSlug(tx, program, loc)
		if err != nil {
			return err
		}
		copied = copyRecord(program, loc)
		copied.Set("slug", slug)
		copied.Set("published", false)
		copied.Set("previous_run", program.Id) // the report compares the two runs
		if err := tx.Save(copied); err != nil {
			return err
		}
		if err := copyCharter(tx, program, copied); err != nil {
			return err
		}
		for _, collection := range []string{kernel.CollectionTags, kernel.CollectionEvents} {
			records, err := tx.FindAllRecords(collection, dbx.HashExp{"program": program.Id})
			if err != nil {
				return err
			}
			for _, r := range records {
				c := copyRecord(r, loc)
				c.Set("program", copied.Id)
				if err := tx.Save(c); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return copied, err
}

// copyRecord is a new record of r's collection with every field of r — those added later too —
// but its id and automatic dates, each date moved a year later on loc's wall clock. Files are
// not copied: they belong to the record they were uploaded to.
func copyRecord(r *core.Record, loc *time.Location) *core.Record {
	c := core.NewRecord(r.Collection())
	for _, field := range r.Collection().Fields {
		name := field.GetName()
		switch field.(type) {
		case *core.AutodateField, *core.FileField, *core.PasswordField:
			continue
		case *core.DateField:
			if t := r.GetDateTime(name).Time(); !t.IsZero() {
				c.Set(name, t.In(loc).AddDate(1, 0, 0))
			}
			continue
		}
		if name != core.FieldNameId {
			c.Set(name, r.Get(name))
		}
	}
	return c
}

// copyCharter gives the copy the charter in force (else the newest draft) as its version 1,
// published now: the copy itself stays unpublished, so nobody sees it before the programme.
func copyCharter(app core.App, from, to *core.Record) error {
	versions, err := CharterVersions(app, from.Id)
	if err != nil || len(versions) == 0 {
		return err
	}
	source := versions[0]
	for _, v := range versions {
		if !v.GetDateTime("published_at").IsZero() {
			source = v
			break
		}
	}
	charter := core.NewRecord(source.Collection())
	charter.Load(map[string]any{"program": to.Id, "version": 1, "body_en": source.GetString("body_en"),
		"body_fr": source.GetString("body_fr"), "body_sv": source.GetString("body_sv")})
	if !source.GetDateTime("published_at").IsZero() {
		charter.Set("published_at", types.NowDateTime())
	}
	return app.Save(charter)
}

// nextSlug is the copy's address: the slug with its year raised ("alumni-2026" →
// "alumni-2027"), else with the year the copy starts added, and a number when taken.
func nextSlug(app core.App, program *core.Record, loc *time.Location) (string, error) {
	slug := program.GetString("slug")
	base := slug
	if m := yearSuffix.FindStringSubmatch(slug); m != nil {
		year, _ := strconv.Atoi(m[1])
		base = slug[:len(slug)-len(m[0])] + "-" + strconv.Itoa(year+1)
	} else {
		year := time.Now().In(loc).Year() + 1
		if starts := program.GetDateTime("starts_at").Time(); !starts.IsZero() {
			year = starts.In(loc).Year() + 1
		}
		base = slug + "-" + strconv.Itoa(year)
	}
	candidate := base
	for n := 2; ; n++ {
		taken, err := app.CountRecords(kernel.CollectionPrograms, dbx.HashExp{"slug": candidate})
		if err != nil || taken == 0 {
			return candidate, err
		}
		candidate = base + "-" + strconv.Itoa(n)
	}
}
