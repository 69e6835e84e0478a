package mentoring

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Catalog codes of the refusals of a ranked request.
const (
	CodeRankedOff   = "booking.ranked.error.off"
	CodeRankedNone  = "booking.ranked.error.none"
	CodeRankedCount = "booking.ranked.error.count"
	CodeRankedTwice = "booking.ranked.error.twice"
)

// RankedLimit is how many mentors a mentee of program may list in one ranked request; below
// 2 the programme takes one invitation at a time.
func RankedLimit(program *core.Record) int {
	return program.GetInt("ranked_invitations")
}

// InviteRanked sends menteeUserID's one message to the mentors of mentorApplicationIDs in
// order, where their programme allows ranked requests: the first is invited at once (as
// Invite does, with the same limits for every mentor listed), the others wait in the
// invitation's ranked_queue, and each is invited in turn when the one before declines or lets
// the invitation expire (PassRanked). Refusals name the choice they concern: choice_1, …
func InviteRanked(app core.App, menteeUserID string, mentorApplicationIDs []string, message string) (*core.Record, error) {
	message = strings.TrimSpace(message)
	if message == "" {
		return nil, kernel.RefuseField("message", "mentoring.field.message")
	}
	ids := slices.DeleteFunc(slices.Clone(mentorApplicationIDs), func(id string) bool { return id == "" })
	if len(ids) == 0 {
		return nil, kernel.RefuseField("choice_1", CodeRankedNone)
	}
	var first *core.Record
	err := app.RunInTransaction(func(tx core.App) error {
		var program, menteeApp *core.Record
		mentors := make([]*core.Record, len(ids))
		for i, id := range ids {
			choice := fmt.Sprintf("choice_%d", i+1)
			if slices.Index(ids, id) < i {
				return kernel.RefuseField(choice, CodeRankedTwice)
			}
			mentorApp, mentee, p, err := invitationParties(tx, menteeUserID, id)
			if err == nil && program != nil && p.Id != program.Id {
				err = kernel.Refuse("mentoring.error.mentor_unavailable")
			}
			if err == nil {
				program, menteeApp, mentors[i] = p, mentee, mentorApp
				err = checkInvitable(tx, program, menteeApp, mentorApp)
			}
			if err != nil {
				return besideChoice(err, choice)
			}
		}
		if limit := RankedLimit(program); limit < 2 {
			return kernel.Refuse(CodeRankedOff)
		} else if len(ids) > limit {
			return kernel.RefuseField("choice_1", CodeRankedCount, "max", limit)
		}
		var err error
		if first, err = newInvitation(tx, program, menteeApp, mentors[0], message); err != nil {
			return err
		}
		first.Set("rank", 1)
		first.Set("ranked_queue", ids[1:])
		return asRefusal(tx.Save(first))
	})
	return first, err
}

// besideChoice puts a refusal of the page as a whole beside the choice it concerns.
func besideChoice(err error, choice string) error {
	var refused *kernel.Error
	if errors.As(err, &refused) && refused.Field == "" && refused.Kind == kernel.KindRefused {
		moved := *refused
		moved.Field = choice
		return &moved
	}
	return err
}

// RankedQueue is the mentor applications a ranked invitation passes to, in order, if it is
// declined or expires.
func RankedQueue(match *core.Record) []string {
	var queue []string
	if err := match.UnmarshalJSONField("ranked_queue", &queue); err != nil {
		return nil
	}
	return queue
}

// rankedFirst is the id of the first invitation of match's ranked request.
func rankedFirst(match *core.Record) string {
	if first := match.GetString("ranked_first"); first != "" {
		return first
	}
	return match.Id
}
