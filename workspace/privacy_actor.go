package workspace

import (
	"context"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// PrivacyActor says who runs a privacy request, for the privacy log: Via is one of
// kernel.PrivacyBy…; a coordinator's request names them (Actor, a users id) and the programme
// they ran it from (Program, its slug).
type PrivacyActor struct{ Via, Actor, Program string }

type privacyActorKey struct{}

// WithPrivacyActor carries actor in ctx down to the users delete hook, which cannot otherwise
// tell who deleted the account.
func WithPrivacyActor(ctx context.Context, actor PrivacyActor) context.Context {
	return context.WithValue(ctx, privacyActorKey{}, actor)
}

// PrivacyActorOf is the actor WithPrivacyActor put in ctx, else a deletion through the
// dashboard or the REST API.
func PrivacyActorOf(ctx context.Context) PrivacyActor {
	if ctx != nil {
		if actor, ok := ctx.Value(privacyActorKey{}).(PrivacyActor); ok {
			return actor
		}
	}
	return PrivacyActor{Via: kernel.PrivacyByDashboard}
}

// logPrivacy records in the privacy log that kind (kernel.PrivacyExport or PrivacyErasure)
// was run on the person subjectID by actor.
func logPrivacy(app core.App, kind, subjectID string, actor PrivacyActor) error {
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionPrivacyLog)
	if err != nil {
		return err
	}
	entry := core.NewRecord(collection)
	entry.Set("kind", kind)
	entry.Set("subject", subjectID)
	entry.Set("via", actor.Via)
	entry.Set("actor", actor.Actor)
	entry.Set("program", actor.Program)
	return app.Save(entry)
}
