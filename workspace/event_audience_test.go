package workspace_test

import (
	"maps"
	"testing"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// My mentoring works out the events' audiences from the applications and matches it read
// (AudiencesFrom): they must be those the queries find (AudiencesOf), for a mentor with an
// active and a closed pair, and for one of the mentees.
func TestAudiencesFromTheRecordsAreThoseOfTheQueries(t *testing.T) {
	t.Parallel()
	b := newBusyMentor(t, 2, 1)
	programs, err := b.app.FindAllRecords(kernel.CollectionPrograms)
	if err != nil {
		t.Fatal(err)
	}
	var programIDs []string
	for _, p := range programs {
		programIDs = append(programIDs, p.Id)
	}
	mentee, err := b.app.FindFirstRecordByData(kernel.CollectionUsers, "email", "mentee0@example.org")
	if err != nil {
		t.Fatal(err)
	}
	for _, userID := range []string{b.mentor.Id, mentee.Id} {
		applications, err := b.app.FindAllRecords(kernel.CollectionApplications, dbx.HashExp{"user": userID})
		if err != nil {
			t.Fatal(err)
		}
		matches, err := kernel.FindMatchesOf(b.app, userID, kernel.MatchActive, kernel.MatchClosed)
		if err != nil {
			t.Fatal(err)
		}
		want, err := workspace.AudiencesOf(b.app, userID, programIDs)
		if err != nil {
			t.Fatal(err)
		}
		got := workspace.AudiencesFrom(programIDs, applications, matches)
		if !maps.EqualFunc(got, want, maps.Equal) {
			t.Errorf("%s: audiences from the records %v, from the queries %v", userID, got, want)
		}
		if len(matches) > 0 && !got[programIDs[0]][kernel.AudiencePaired] && !got[programIDs[1]][kernel.AudiencePaired] {
			t.Errorf("%s is in an active pair but in no paired audience: %v", userID, got)
		}
	}
}
