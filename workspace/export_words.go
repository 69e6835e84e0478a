package workspace

import (
	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
)

// Each export column of stored codes maps a code to the catalog key of the word the portal
// shows for it, so that a file whose headers are in the coordinator's language reads
// "Approved", not "approved". Only a code the portal names nowhere has a word of the exports'
// own (export.value.*).
var (
	// ApplicationStatusKeys are the labels of applications' statuses, the portal's (its lists,
	// pages and filters) and the exports' alike: one set of words, not two.
	ApplicationStatusKeys = map[string]string{
		kernel.ApplicationSubmitted: "application.status.submitted", kernel.ApplicationApproved: "application.status.approved",
		kernel.ApplicationWaitlisted: "application.status.waitlisted", kernel.ApplicationRejected: "application.status.rejected",
		kernel.ApplicationWithdrawn: "application.status.withdrawn", kernel.ApplicationImported: "intake.status.imported",
	}
	// RoleKeys are the labels of applications' roles, the portal's and the exports'.
	RoleKeys = map[string]string{kernel.RoleMentor: "application.role.mentor", kernel.RoleMentee: "application.role.mentee"}
	// PairStatusKeys are the labels of pairs' statuses, the coordinators' list's and the exports'
	// (a draft stays in the matching console: only an export names it).
	PairStatusKeys = map[string]string{
		kernel.MatchDraft: "export.value.draft", kernel.MatchInvited: "pairs.status.invited", kernel.MatchActive: "pairs.status.active",
		kernel.MatchClosed: "pairs.status.closed", kernel.MatchDeclined: "pairs.status.declined",
		kernel.MatchExpired: "pairs.status.expired", kernel.MatchCancelled: "pairs.status.cancelled",
	}
	// MeetingStatusKeys are the labels of meetings' statuses, the portal's and the exports'.
	MeetingStatusKeys = map[string]string{
		kernel.MeetingProposed: "meeting.status.proposed", kernel.MeetingConfirmed: "meeting.status.confirmed",
		kernel.MeetingCancelled: "meeting.status.cancelled", kernel.MeetingHeld: "meeting.status.held",
	}
	// MeetingModeKeys are the labels of meetings' modes, the portal's and the exports'.
	MeetingModeKeys = map[string]string{
		kernel.ModeInPerson: "meeting.mode.in_person", kernel.ModeVideo: "meeting.mode.video", kernel.ModePhone: "meeting.mode.phone",
	}
	eventKindWords = map[string]string{
		kernel.EventKickoff: "events.kind.kickoff", kernel.EventClosing: "events.kind.closing",
		kernel.EventWorkshop: "events.kind.workshop", kernel.EventOther: "events.kind.other",
	}
	// An event's empty status is scheduled (kernel.EventScheduled).
	eventStatusWords = map[string]string{
		"": "export.value.scheduled", kernel.EventScheduled: "export.value.scheduled", kernel.EventCancelled: "events.list.cancelled",
	}
	pairOriginWords = map[string]string{
		kernel.OriginInvitation: "export.value.invitation", kernel.OriginCoordinator: "export.value.coordinator",
	}
	endedByWords = map[string]string{
		kernel.RoleMentor: "report.by.mentor", kernel.RoleMentee: "report.by.mentee", "coordinator": "report.by.coordinator",
	}
	eventAudienceWords = map[string]string{
		kernel.AudienceAll: "events.audience.all", kernel.AudienceMentors: "events.audience.mentors",
		kernel.AudienceMentees: "events.audience.mentees", kernel.AudiencePaired: "events.audience.paired",
	}
)

// word is code in the reader's language by words; an empty cell stays empty, and a code words
// does not know (none today) is written as stored rather than dropped.
func (e exporter) word(words map[string]string, code string) string {
	if key, ok := words[code]; ok {
		return messages.Catalog.T(e.lang, key)
	}
	return code
}
