package cli

import (
	"database/sql"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/content"
	"github.com/mentorbase/mentorbase/kernel"
)

// demoPassword signs in every demo account; the demo is for trying the portal, not for real use.
const demoPassword = "mentorbase-demo"

// demoCoordinatorEmail is the coordinator of both demo programmes.
const demoCoordinatorEmail = "coordinator@example.com"

// demoAccount is one account the summary suggests signing in as.
type demoAccount struct{ program, mode, role, name, email string }

// loadDemo creates or updates the demo programmes, their charters, the tag vocabulary, the
// coordinator and the applicants in one transaction, keyed by natural keys (e-mail, slug,
// tag key), so loading it again changes nothing but the dates. It returns accounts to try.
func loadDemo(app core.App, now time.Time) (accounts []demoAccount, people int, err error) {
	err = app.RunInTransaction(func(tx core.App) error {
		tags, err := upsertDemoTags(tx)
		if err != nil {
			return err
		}
		coordinator, err := upsertDemoUser(tx, demoPerson{name: "Dominique Laurent", email: demoCoordinatorEmail, locale: "en"})
		if err != nil {
			return err
		}
		accounts = append(accounts, demoAccount{role: "coordinator", name: "Dominique Laurent", email: demoCoordinatorEmail})
		taken := map[string]bool{demoCoordinatorEmail: true}
		for _, p := range demoPrograms {
			program, err := upsertDemoProgram(tx, p, coordinator.Id, now)
			if err != nil {
				return err
			}
			charter, err := upsertRecord(tx, kernel.CollectionCharters, map[string]any{"program": program.Id, "version": 1}, demoCharterBody(now))
			if err != nil {
				return err
			}
			firstOf := map[string]bool{}
			approved := map[string][]*core.Record{}
			for _, person := range demoPeople(p, taken) {
				application, err := upsertDemoApplicant(tx, program, charter, person, tags, now)
				if err != nil {
					return err
				}
				people++
				if person.status != kernel.ApplicationApproved {
					continue
				}
				approved[person.role] = append(approved[person.role], application)
				if !firstOf[person.role] {
					firstOf[person.role] = true
					accounts = append(accounts, demoAccount{p.name, p.matchingMode, person.role, person.name, person.email})
				}
			}
			if err := ensureDemoPairs(tx, program, approved[kernel.RoleMentor], approved[kernel.RoleMentee], now); err != nil {
				return err
			}
			if err := ensureDemoEvents(tx, program, p, now); err != nil {
				return err
			}
		}
		return nil
	})
	return accounts, people, err
}

// upsertRecord finds the record of collection whose fields equal key, or makes a new one, and
// saves it with values set.
func upsertRecord(app core.App, collection string, key, values map[string]any) (*core.Record, error) {
	record, _, err := findOrNew(app, collection, key)
	if err != nil {
		return nil, err
	}
	record.Load(values)
	return record, app.Save(record)
}

// ensureRecord creates the record of collection whose fields equal key with values set, unless
// one exists: records with a lifecycle (applications, matches) keep what happened to them.
func ensureRecord(app core.App, collection string, key, values map[string]any) (*core.Record, error) {
	record, found, err := findOrNew(app, collection, key)
	if err != nil || found {
		return record, err
	}
	record.Load(values)
	return record, app.Save(record)
}

// findOrNew finds the record of collection whose fields equal key, or makes a new unsaved
// one holding key; found says which.
func findOrNew(app core.App, collection string, key map[string]any) (record *core.Record, found bool, err error) {
	record = &core.Record{}
	err = app.RecordQuery(collection).AndWhere(dbx.HashExp(key)).Limit(1).One(record)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return record, err == nil, err
	}
	col, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		return nil, false, err
	}
	record = core.NewRecord(col)
	record.Load(key)
	return record, false, nil
}

func upsertDemoTags(app core.App) (map[string]string, error) {
	ids := map[string]string{}
	for _, t := range demoTags {
		rec, err := upsertRecord(app, kernel.CollectionTags, map[string]any{"kind": t.kind, "key": t.key, "program": ""},
			map[string]any{"label_en": t.en, "label_fr": t.fr, "label_sv": t.sv})
		if err != nil {
			return nil, err
		}
		ids[t.kind+"/"+t.key] = rec.Id
	}
	return ids, nil
}

func upsertDemoUser(app core.App, p demoPerson) (*core.Record, error) {
	user, err := app.FindAuthRecordByEmail(kernel.CollectionUsers, p.email)
	if errors.Is(err, sql.ErrNoRows) {
		col, colErr := app.FindCollectionByNameOrId(kernel.CollectionUsers)
		if colErr != nil {
			return nil, colErr
		}
		user, err = core.NewRecord(col), nil
		user.SetEmail(p.email)
	}
	if err != nil {
		return nil, err
	}
	user.Set("name", p.name)
	user.Set("locale", p.locale)
	user.Set("phone", p.phone)
	user.SetVerified(true)
	user.SetPassword(demoPassword)
	return user, app.Save(user)
}

func upsertDemoProgram(app core.App, p demoProgram, coordinatorID string, now time.Time) (*core.Record, error) {
	values := map[string]any{
		"name": p.name, "summary": p.summary, "description": p.description,
		"languages": p.languages, "timezone": p.timezone, "matching_mode": p.matchingMode,
		"requires_approval": p.requiresApproval, "criteria": p.criteria,
		"areas": slices.Sorted(maps.Keys(p.areas)), "coordinators": []string{coordinatorID},
		"contact_email": demoCoordinatorEmail, "published": true,
	}
	for field, at := range p.dates(now) {
		values[field] = at
	}
	return upsertRecord(app, kernel.CollectionPrograms, map[string]any{"slug": p.slug}, values)
}

// demoCharterBody is, in each language, the model charter of the built-in charter-template
// guidance page: its first section, without the page's advice to coordinators around it.
func demoCharterBody(now time.Time) map[string]any {
	values := map[string]any{"published_at": now.UTC()}
	for _, locale := range content.Locales {
		if page, ok := content.Get(locale, "charter-template"); ok {
			values["body_"+locale] = modelCharter(page.Body)
		}
	}
	return values
}

// modelCharter is the text under the first "## " heading of body, up to the next one.
func modelCharter(body string) string {
	sections := strings.Split("\n"+body, "\n## ")
	if len(sections) < 2 {
		return body
	}
	_, text, _ := strings.Cut(sections[1], "\n")
	return strings.TrimSpace(text)
}
