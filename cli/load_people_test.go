package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
)

// TestLoadFindsTheApprovedParticipantsInTheExport reads the people load signs in as from the
// self-service programme's applications export, as the portal writes it (BOM, header row in
// the coordinator's language, its roles and statuses too).
func TestLoadFindsTheApprovedParticipantsInTheExport(t *testing.T) {
	export := "\ufeffRecord id,Name,E-mail,Role,Status,Applied on\n" +
		"a1,Ann,ann@scale.example.com,Mentee,Approved,1 Dec\n" +
		"a2,Bob,bob@scale.example.com,Mentor,Approved,1 Dec\n" +
		"a3,Cat,cat@scale.example.com,Mentee,\"Received, awaiting review\",1 Dec\n" +
		"a4,\"Dan, Jr\",dan@scale.example.com,Mentee,Approved,1 Dec\n" +
		"a5,Eve,eve@scale.example.com,Mentee,Approved,1 Dec\n"
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/coordinate/"+demoPrograms[1].slug+"/export/applications.csv" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, export)
	}))
	defer server.Close()
	got, err := participants(&loadRole{base: server.URL, client: server.Client()}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"ann@scale.example.com", "dan@scale.example.com"}; !slices.Equal(got["mentee"], want) {
		t.Errorf("mentees %q, want %q", got["mentee"], want)
	}
	if want := []string{"bob@scale.example.com"}; !slices.Equal(got["mentor"], want) {
		t.Errorf("mentors %q, want %q", got["mentor"], want)
	}
}
