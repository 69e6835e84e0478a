package pb_migrations

// Rules of the collections about people and their participation: users, applications,
// charter acceptances, matches and support requests (part of the 1764001000 migration).
// Frozen: these functions are what that applied migration sets, and later migrations build
// on them. Change a rule in a new migration (as 1764001200 and 1764001300 do), never here.

// usersRules: a person sees themself, the partners of their invited or active matches, the
// applicants of programmes they coordinate, and approved mentors listed in a self-service
// directory. Which of them also see e-mail and phone is decided by the enrich hook.
func usersRules() collectionRules {
	partner := func(own, other string) string {
		m := "applications_via_user.matches_via_" + own
		return allOf(m+"."+other+".user ?= "+me, anyOf(m+`.status ?= "invited"`, m+`.status ?= "active"`))
	}
	a := "applications_via_user"
	directoryMentor := allOf(signedIn, a+`.role ?= "mentor"`, a+`.status ?= "approved"`,
		a+".listed_in_directory ?= true", a+".program.published ?= true", a+`.program.matching_mode ?= "self_service"`)
	return collectionRules{
		view: rule(anyOf(
			allOf(signedIn, "id = "+me),
			allOf(signedIn, partner("mentor", "mentee")),
			allOf(signedIn, partner("mentee", "mentor")),
			allOf(signedIn, a+".program.coordinators.id ?= "+me),
			directoryMentor,
		)),
		create: rule(public),
		update: rule(allOf(signedIn, "id = "+me)),
		delete: rule(allOf(signedIn, "id = "+me)),
	}
}

// applicationsRules: the applicant, the programme's coordinators, the other member of a
// non-draft match, and any signed-in user for the directory's listed mentors. Only
// coordinators decide; the applicant may only withdraw.
func applicationsRules() collectionRules {
	partner := func(own, other string) string {
		m := "matches_via_" + own
		return allOf(m+"."+other+".user ?= "+me, m+`.status ?!= "draft"`)
	}
	directoryMentor := allOf(signedIn, `role = "mentor"`, `status = "approved"`, "listed_in_directory = true",
		"program.published = true", `program.matching_mode = "self_service"`)
	own := allOf(signedIn, "user = "+me)
	return collectionRules{
		view: rule(anyOf(own, coordinates("program"),
			allOf(signedIn, partner("mentor", "mentee")),
			allOf(signedIn, partner("mentee", "mentor")),
			directoryMentor,
		)),
		create: rule(allOf(own, `status = "submitted"`, "program.published = true", `decision_message = ""`)),
		update: rule(anyOf(
			allOf(own, unchanged("program", "user", "role", "decision_message"),
				anyOf("@request.body.status:changed = false", `@request.body.status = "withdrawn"`)),
			allOf(coordinates("program"), unchanged("program", "user")),
		)),
	}
}

// charterAcceptancesRules: a person signs for themself only, a published charter of a
// published programme; a signature is never edited or withdrawn through the API.
func charterAcceptancesRules() collectionRules {
	return collectionRules{
		view:   rule(anyOf(allOf(signedIn, "user = "+me), coordinates("charter.program"))),
		create: rule(allOf(signedIn, "user = "+me, `charter.published_at != ""`, "charter.program.published = true")),
	}
}

// matchesRules: members see their non-draft matches; a mentee may invite (never activate) a
// listed mentor of a self-service programme; members may only decline or cancel; coordinators
// manage the matches of their programmes but never move one to other people.
func matchesRules() collectionRules {
	invitation := allOf(signedIn, "mentee.user = "+me, `status = "invited"`, `origin = "invitation"`,
		"mentee.program = program", `mentee.role = "mentee"`,
		"mentor.program = program", `mentor.role = "mentor"`, `mentor.status = "approved"`,
		"mentor.listed_in_directory = true", `program.matching_mode = "self_service"`,
		"locked = false", "excluded = false")
	byCoordinator := allOf(coordinates("program"), "mentor.program = program", "mentee.program = program")
	return collectionRules{
		view:   rule(anyOf(memberOf(""), coordinates("program"))),
		create: rule(anyOf(invitation, byCoordinator)),
		update: rule(anyOf(
			allOf(memberOf(""),
				unchanged("program", "mentor", "mentee", "origin", "score", "score_details",
					"locked", "excluded", "expires_at", "started_at"),
				anyOf("@request.body.status:changed = false",
					`@request.body.status = "declined"`, `@request.body.status = "cancelled"`)),
			allOf(coordinates("program"), unchanged("program", "mentor", "mentee")),
		)),
		delete: rule(allOf(coordinates("program"), `status = "draft"`)),
	}
}

// supportRequestsRules: the person who asked and the programme's coordinators; only the
// coordinators answer, the person may close their request.
func supportRequestsRules() collectionRules {
	own := allOf(signedIn, "user = "+me)
	return collectionRules{
		view: rule(anyOf(own, coordinates("program"))),
		create: rule(allOf(own, `status = "open"`, `answer = ""`,
			"program.applications_via_program.user ?= "+me,
			anyOf(`match = ""`, allOf("match.program = program", memberOf("match"))))),
		update: rule(anyOf(
			allOf(own, unchanged("user", "program", "match", "answer"),
				anyOf("@request.body.status:changed = false", `@request.body.status = "closed"`)),
			allOf(coordinates("program"), unchanged("user", "program")),
		)),
	}
}

func participationRules() map[string]collectionRules {
	return map[string]collectionRules{
		"users":               usersRules(),
		"applications":        applicationsRules(),
		"charter_acceptances": charterAcceptancesRules(),
		"matches":             matchesRules(),
		"support_requests":    supportRequestsRules(),
	}
}
