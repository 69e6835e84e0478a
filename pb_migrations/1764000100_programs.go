package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Creates programmes and what hangs directly off them: charters and their acceptances,
// the tag vocabulary and the guidance page overrides.
func init() {
	m.Register(func(app core.App) error {
		programs := programsCollection()
		if err := app.Save(programs); err != nil {
			return err
		}
		charters := chartersCollection(programs.Id)
		if err := app.Save(charters); err != nil {
			return err
		}
		for _, c := range []*core.Collection{
			charterAcceptancesCollection(charters.Id),
			tagsCollection(programs.Id),
			pagesCollection(),
		} {
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		return deleteCollections(app, "pages", "tags", "charter_acceptances", "charters", "programs")
	})
}

func programsCollection() *core.Collection {
	c := core.NewBaseCollection("programs")
	c.Fields.Add(
		&core.TextField{Name: "slug", Presentable: true, Max: 80, Pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", Required: true,
			Help: "Short name in the programme's address (/programs/{slug}): lower-case letters, digits and dashes."},
		&core.TextField{Name: "name", Max: 200, Required: true,
			Help: "Name of the programme as shown on the public site."},
		&core.TextField{Name: "summary", Max: 500,
			Help: "One or two sentences shown in the list of programmes."},
		&core.TextField{Name: "description", Max: 50000,
			Help: "Full presentation of the programme, in Markdown."},
		&core.SelectField{Name: "languages", Values: []string{"en", "fr", "sv"}, MaxSelect: 3, Required: true,
			Help: "Languages the programme runs in; the first one is the default for its pages and e-mails."},
		&core.TextField{Name: "timezone", Max: 64, Required: true,
			Help: "IANA time zone of the programme, e.g. Europe/Paris; dates and meetings are shown in it."},
		&core.SelectField{Name: "matching_mode", Values: []string{"self_service", "coordinated"}, MaxSelect: 1, Required: true,
			Help: "self_service: mentees search the directory and invite a mentor; coordinated: coordinators match the pairs."},
		&core.DateField{Name: "applications_open_at",
			Help: "Applications open (start of the applications phase)."},
		&core.DateField{Name: "applications_close_at",
			Help: "Applications close (start of the matching phase)."},
		&core.DateField{Name: "starts_at",
			Help: "Start of the mentoring period; must not be before applications close."},
		&core.DateField{Name: "midpoint_at",
			Help: "Mid-programme check-in date."},
		&core.DateField{Name: "ends_at",
			Help: "End of the programme: final evaluation and closing event."},
		&core.NumberField{Name: "roadbook_lead_days", Min: types.Pointer(0.0), Max: types.Pointer(60.0), OnlyInt: true,
			Help: "Days before the first meeting the mentee's road-book is due (default 3)."},
		&core.NumberField{Name: "recommended_meetings", Min: types.Pointer(0.0), Max: types.Pointer(100.0), OnlyInt: true,
			Help: "Number of meetings a pair is advised to hold (default 3)."},
		&core.NumberField{Name: "default_capacity", Min: types.Pointer(0.0), Max: types.Pointer(50.0), OnlyInt: true,
			Help: "Mentees a mentor takes when their application does not say (default 2)."},
		&core.NumberField{Name: "invitation_ttl_days", Min: types.Pointer(0.0), Max: types.Pointer(365.0), OnlyInt: true,
			Help: "Days an invitation stays open before it expires (default 14)."},
		&core.NumberField{Name: "max_pending_invitations", Min: types.Pointer(0.0), Max: types.Pointer(50.0), OnlyInt: true,
			Help: "Invitations a mentee may have pending at once (default 3)."},
		&core.JSONField{Name: "criteria", MaxSize: 64 << 10,
			Help: "Matching weights and must-haves per criterion, as defined by the matching engine."},
		&core.JSONField{Name: "areas", MaxSize: 64 << 10,
			Help: `Geographic areas applicants choose from, as a JSON list of strings, e.g. ["Lille", "Paris"].`},
		&core.BoolField{Name: "requires_approval",
			Help: "Applications must be approved by a coordinator before matching."},
		&core.RelationField{Name: "coordinators", CollectionId: "_pb_users_auth_", MaxSelect: 50,
			Help: "People who run this programme: they see and manage its applications, pairs and events."},
		&core.EmailField{Name: "contact_email",
			Help: "Address participants write to for help; shown on the programme's pages."},
		&core.BoolField{Name: "published",
			Help: "Visible on the public site. Unpublished programmes are seen only by their coordinators."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_programs_slug", true, "slug", "")
	return c
}

func chartersCollection(programsID string) *core.Collection {
	c := core.NewBaseCollection("charters")
	c.Fields.Add(
		&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Programme this charter belongs to."},
		&core.NumberField{Name: "version", Presentable: true, Min: types.Pointer(1.0), OnlyInt: true, Required: true,
			Help: "Version number; publish a new version instead of editing one people already accepted."},
		&core.TextField{Name: "body_en", Max: 50000,
			Help: "Charter text in English (Markdown)."},
		&core.TextField{Name: "body_fr", Max: 50000,
			Help: "Charter text in French (Markdown)."},
		&core.TextField{Name: "body_sv", Max: 50000,
			Help: "Charter text in Swedish (Markdown)."},
		&core.DateField{Name: "published_at",
			Help: "When this version takes effect; empty means draft, not shown to participants."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_charters_program_version", true, "program, version", "")
	return c
}

func charterAcceptancesCollection(chartersID string) *core.Collection {
	c := core.NewBaseCollection("charter_acceptances")
	c.Fields.Add(
		&core.RelationField{Name: "user", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Person who accepted the charter."},
		&core.RelationField{Name: "charter", CollectionId: chartersID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Charter version accepted."},
		&core.SelectField{Name: "role", Values: []string{"mentor", "mentee"}, MaxSelect: 1, Required: true,
			Help: "Role in which the person accepted it."},
		&core.DateField{Name: "accepted_at", Required: true,
			Help: "When the person accepted it."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_charter_acceptances_user_charter", true, "user, charter", "")
	return c
}

func tagsCollection(programsID string) *core.Collection {
	c := core.NewBaseCollection("tags")
	c.Fields.Add(
		&core.SelectField{Name: "kind", Values: []string{"skill", "industry", "job_function", "interest"}, MaxSelect: 1, Required: true,
			Help: "Vocabulary this tag belongs to."},
		&core.TextField{Name: "key", Max: 80, Pattern: "^[a-z0-9_]+$", Required: true,
			Help: "Stable identifier (lower-case, digits, underscores); labels may change, the key does not."},
		&core.TextField{Name: "label_en", Presentable: true, Max: 200,
			Help: "Label in English."},
		&core.TextField{Name: "label_fr", Max: 200,
			Help: "Label in French."},
		&core.TextField{Name: "label_sv", Max: 200,
			Help: "Label in Swedish."},
		&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1,
			Help: "Leave empty for a tag every programme offers; set it for a programme's own tag."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_tags_kind_key_program", true, "kind, key, program", "")
	return c
}

func pagesCollection() *core.Collection {
	c := core.NewBaseCollection("pages")
	c.Fields.Add(
		&core.TextField{Name: "slug", Presentable: true, Max: 80, Pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", Required: true,
			Help: "Slug of the guidance page this text replaces, e.g. how-it-works."},
		&core.SelectField{Name: "locale", Values: []string{"en", "fr", "sv"}, MaxSelect: 1, Required: true,
			Help: "Language of this text."},
		&core.TextField{Name: "title", Max: 200, Required: true,
			Help: "Title of the page."},
		&core.TextField{Name: "body", Max: 50000,
			Help: "Text of the page in Markdown; it replaces the built-in guidance for this slug and language."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_pages_slug_locale", true, "slug, locale", "")
	return c
}
