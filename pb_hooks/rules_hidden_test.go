package pb_hooks_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// search is a list URL of collection with one query parameter (filter or sort), escaped.
func search(collection, param, value string) string {
	return "/api/collections/" + collection + "/records?" + url.Values{param: {value}}.Encode()
}

// A field someone may not read must not answer their filters or sorts either: a prefix filter
// that matches would rebuild the text letter by letter, a sort would place it among known
// values. Hidden fields are refused to everyone but superusers, directly, through a relation
// and through @collection; the people allowed still read them in responses.
func TestRulesPrivateAnswersCannotBeProbed(t *testing.T) {
	w := newWorld(t)
	refused := func(name, who, url string, leak ...string) tests.ApiScenario {
		return w.call(name, who, http.MethodGet, url, "", 400, []string{`"data":{}`}, leak)
	}
	app1 := recordJSON("appmentee1")
	run(t, []tests.ApiScenario{
		refused("the partner cannot prefix-filter other_wishes", "mentor1", search("applications", "filter", "other_wishes~'wishes of m%'"), app1),
		refused("the partner cannot filter the coordinators' decision message", "mentor1", search("applications", "filter", "decision_message~'decision for mentee1'"), app1),
		refused("the partner cannot filter consent", "mentor1", search("applications", "filter", "id='"+id("appmentee1")+"' && consent=false"), app1),
		refused("the partner cannot sort by other_wishes", "mentor1", search("applications", "sort", "other_wishes"), app1),
		refused("the partner cannot sort by decision_message", "mentor1", search("applications", "sort", "-decision_message"), app1),
		refused("the partner cannot sort by consent", "mentor1", search("applications", "sort", "consent"), app1),
		refused("nor filter them from the match", "mentor1", search("matches", "filter", "mentee.other_wishes~'wishes of mentee1'"), recordJSON("match1")),
		refused("nor the decision from the match", "mentor1", search("matches", "filter", "mentee.decision_message~'decision'"), recordJSON("match1")),
		refused("nor sort the match by the partner's consent", "mentor1", search("matches", "sort", "mentee.consent"), recordJSON("match1")),
		refused("nor filter them from the person", "mentor1", search("users", "filter", "applications_via_user.other_wishes~'wishes of mentee1'"), recordJSON("mentee1")),
		w.call("nor through @collection, which PocketBase keeps for superusers", "mentor1", http.MethodGet,
			search("matches", "filter", "@collection.applications.other_wishes~'wishes of mentee1'"), "", 403,
			[]string{`"data":{}`}, []string{recordJSON("match1")}),
		refused("a directory visitor cannot filter a listed mentor's wishes", "stranger", search("applications", "filter", "other_wishes~'wishes of mentor3'"), recordJSON("appmentor3")),
		refused("a directory visitor cannot filter a listed mentor's decision", "stranger", search("applications", "filter", "decision_message~'decision'"), recordJSON("appmentor3")),
		refused("the applicant filters no hidden field either", "mentee1", search("applications", "filter", "other_wishes~'wishes'"), app1),
		refused("nor does the coordinator", "coorda", search("applications", "sort", "decision_message"), app1),
		w.call("the applicant still reads their answers", "mentee1", http.MethodGet, "/api/collections/applications/records/"+id("appmentee1"), "", 200,
			[]string{"wishes of mentee1", "decision for mentee1", `"consent":false`}, nil),
		w.call("the coordinator still reads them", "coorda", http.MethodGet, "/api/collections/applications/records/"+id("appmentee1"), "", 200,
			[]string{"wishes of mentee1", "decision for mentee1", `"consent":false`}, nil),
		w.call("the coordinator's list still carries them", "coorda", http.MethodGet, search("applications", "sort", "created"), "", 200,
			[]string{"wishes of mentee1", "decision for mentee2"}, nil),
		w.call("the partner still reads the shared answers, without the private ones", "mentor1", http.MethodGet, "/api/collections/applications/records/"+id("appmentee1"), "", 200,
			[]string{app1, `"role":"mentee"`}, []string{"wishes of mentee1", "decision for mentee1", `"consent"`}),
		w.call("superusers still search them from the dashboard", "superuser", http.MethodGet, search("applications", "filter", "other_wishes~'wishes of mentee1'"), "", 200,
			[]string{`"totalItems":1`, app1}, nil),
	})
}

// E-mail, phone and calendar token answer no filter or sort of anybody but superusers: the
// enrich hook decides who reads e-mail and phone, so emailVisibility (which PocketBase ties
// e-mail filters to) stays off whatever the client sends.
func TestRulesContactDetailsCannotBeProbed(t *testing.T) {
	w := newWorld(t)
	refused := func(name, who, url string, leak ...string) tests.ApiScenario {
		return w.call(name, who, http.MethodGet, url, "", 400, []string{`"data":{}`}, leak)
	}
	empty := func(name, who, url string, leak ...string) tests.ApiScenario {
		return w.call(name, who, http.MethodGet, url, "", 200, []string{`"totalItems":0`}, leak)
	}
	mentor3 := recordJSON("mentor3")
	run(t, []tests.ApiScenario{
		empty("a directory visitor cannot prefix-filter a mentor's e-mail", "stranger", search("users", "filter", "email~'mentor3@%'"), mentor3),
		empty("nor through their application", "stranger", search("applications", "filter", "user.email~'mentor3@%'"), recordJSON("appmentor3")),
		empty("an invited partner cannot filter the e-mail from the match", "mentee3", search("matches", "filter", "mentor.user.email~'mentor3@%'"), recordJSON("match3")),
		refused("a directory visitor cannot sort people by e-mail", "stranger", search("users", "sort", "email"), mentor3),
		refused("nor applications by their author's e-mail", "stranger", search("applications", "sort", "-user.email:lower"), recordJSON("appmentor3")),
		refused("nor matches by a member's e-mail", "mentee3", search("matches", "sort", "mentor.user.email"), recordJSON("match3")),
		refused("a directory visitor cannot sort people by phone", "stranger", search("users", "sort", "phone"), mentor3),
		refused("an invited partner cannot filter the phone from the match", "mentee3", search("matches", "filter", "mentor.user.phone~'+4670'"), recordJSON("match3")),
		refused("nobody filters calendar tokens", "mentor1", search("users", "filter", "calendar_token!=''"), recordJSON("mentee1")),
		refused("nobody sorts by calendar token", "mentor1", search("users", "sort", "calendar_token"), recordJSON("mentee1")),
		w.call("the active partner still reads e-mail and phone in a list", "mentor1", http.MethodGet, search("users", "sort", "name"), "", 200,
			[]string{`"email":"mentee1@example.com"`, phoneOf("mentee1")}, nil),
		w.call("a visitor registering cannot publish their e-mail", "visitor", http.MethodPost, "/api/collections/users/records",
			`{"email":"new@example.com","password":"secret-pass-123","passwordConfirm":"secret-pass-123","emailVisibility":true}`, 200,
			[]string{`"emailVisibility":false`}, []string{`"emailVisibility":true`}),
		w.call("a person cannot publish their e-mail later", "mentor3", http.MethodPatch, "/api/collections/users/records/"+id("mentor3"),
			`{"emailVisibility":true}`, 200, []string{`"emailVisibility":false`}, []string{`"emailVisibility":true`}),
	})
}
