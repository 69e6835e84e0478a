package pb_migrations

// Rules of the records a pair works with (part of the 1764001000 migration). A participant
// reaches them only as a member of the pair's non-draft match; a coordinator of the
// programme follows them; private notes are their author's alone.
// Frozen: these functions are what that applied migration sets, and later migrations build
// on them. Change a rule in a new migration (as 1764001200 and 1764001300 do), never here.

// pairRecordRules: members read, and create while the match is active with themselves as
// authorField; only the author changes or deletes; coordinators read and update.
func pairRecordRules(authorField string, deletable bool) collectionRules {
	member := memberOf("match")
	author := allOf(member, authorField+" = "+me)
	r := collectionRules{
		view:   rule(anyOf(member, coordinates("match.program"))),
		create: rule(allOf(author, `match.status = "active"`)),
		update: rule(anyOf(
			allOf(author, unchanged("match", authorField)),
			allOf(coordinates("match.program"), unchanged("match", authorField)),
		)),
	}
	if deletable {
		r.delete = rule(author)
	}
	return r
}

// meetingsRules: either member proposes and reschedules; meetings are cancelled, not deleted.
func meetingsRules() collectionRules {
	member := memberOf("match")
	return collectionRules{
		view: rule(anyOf(member, coordinates("match.program"))),
		create: rule(allOf(member, `match.status = "active"`, "proposed_by = "+me,
			`status = "proposed"`)),
		update: rule(anyOf(
			allOf(member, unchanged("match", "proposed_by")),
			allOf(coordinates("match.program"), unchanged("match", "proposed_by")),
		)),
	}
}

// roadbooksRules: the mentee writes the road-book; the mentor reads it once submitted.
func roadbooksRules() collectionRules {
	mentee := allOf(signedIn, `match.status != "draft"`, "match.mentee.user = "+me)
	mentor := allOf(signedIn, `match.status != "draft"`, "match.mentor.user = "+me, `submitted_at != ""`)
	return collectionRules{
		view:   rule(anyOf(mentee, mentor, coordinates("match.program"))),
		create: rule(allOf(mentee, `match.status = "active"`)),
		update: rule(anyOf(
			allOf(mentee, unchanged("match")),
			allOf(coordinates("match.program"), unchanged("match")),
		)),
	}
}

// evaluationsRules: forms are read by their author and the programme's coordinators; an
// author fills one in about their own pair, or programme feedback about a programme they
// applied to, and edits it until it is submitted.
func evaluationsRules() collectionRules {
	own := allOf(signedIn, "author = "+me)
	aboutOwnPair := allOf(`match != ""`, "match.program = program", memberOf("match"))
	feedback := allOf(`match = ""`, `kind = "program_feedback"`, "program.applications_via_program.user ?= "+me)
	return collectionRules{
		view:   rule(anyOf(own, coordinates("program"))),
		create: rule(allOf(own, anyOf(aboutOwnPair, feedback))),
		update: rule(anyOf(
			allOf(own, `submitted_at = ""`, unchanged("author", "match", "program")),
			allOf(coordinates("program"), unchanged("author", "match", "program")),
		)),
	}
}

// notesRules: a note is its author's alone — not the partner's, not the coordinators'.
func notesRules() collectionRules {
	own := allOf(signedIn, "author = "+me)
	return collectionRules{
		view:   rule(own),
		create: rule(allOf(own, memberOf("match"))),
		update: rule(allOf(own, unchanged("author", "match"))),
		delete: rule(own),
	}
}

func pairRules() map[string]collectionRules {
	return map[string]collectionRules{
		"meetings":    meetingsRules(),
		"roadbooks":   roadbooksRules(),
		"evaluations": evaluationsRules(),
		"goals":       pairRecordRules("created_by", true),
		"messages":    pairRecordRules("author", true),
		"notes":       notesRules(),
	}
}
