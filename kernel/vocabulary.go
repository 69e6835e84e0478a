package kernel

import (
	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/outbox"
)

// The vocabulary of the data: the names of the collections and the values of their select
// fields, as the migrations in pb_migrations create them. Code says kernel.MatchActive rather
// than "active", so a value the schema does not know fails to compile instead of matching
// nothing, and a reader finds every place that handles a status by its name.
//
// The constants are untyped strings on purpose. PocketBase hands a field back as a string
// (Record.GetString) and takes a collection as `any` that it type-switches on string
// (FindRecordById, FindRecordsByFilter, …): a named type would need a conversion at nearly
// every use, and a collection of a named string type would not be found at all. Each block
// below is one field's set of values; the block's name says which field it belongs to.
//
// The migrations keep their literals: a migration writes the schema as it was on its day and
// must not change when a constant here does.

// Collections: the names the portal, the hooks and the commands find records by.
const (
	CollectionUsers              = "users"
	CollectionPrograms           = "programs"
	CollectionCharters           = "charters"
	CollectionCharterAcceptances = "charter_acceptances"
	CollectionTags               = "tags"
	CollectionApplications       = "applications"
	CollectionMatches            = "matches"
	CollectionMeetings           = "meetings"
	CollectionRoadbooks          = "roadbooks"
	CollectionEvaluations        = "evaluations"
	CollectionGoals              = "goals"
	CollectionMessages           = "messages"
	CollectionNotes              = "notes"
	CollectionEvents             = "events"
	CollectionEventRSVPs         = "event_rsvps"
	CollectionSupportRequests    = "support_requests"
	CollectionPages              = "pages"
	CollectionOutbox             = outbox.Collection
	CollectionPrivacyLog         = "privacy_log"
	CollectionCheckins           = "checkins"
	CollectionCohortMails        = "cohort_mails"
	CollectionAvailabilities     = "availabilities"
)

// Application statuses (applications.status): coordinators approve, waitlist or reject a
// submitted application; the applicant may withdraw and submit again. An imported one came
// from a coordinator's spreadsheet and waits for its applicant to confirm it.
const (
	ApplicationSubmitted  = "submitted"
	ApplicationApproved   = "approved"
	ApplicationWaitlisted = "waitlisted"
	ApplicationRejected   = "rejected"
	ApplicationWithdrawn  = "withdrawn"
	ApplicationImported   = "imported"
)

// Match statuses (matches.status): a draft lives in the coordinators' console, an invitation
// waits for the mentor, an active pair works together; the last four are history.
const (
	MatchDraft     = "draft"
	MatchInvited   = "invited"
	MatchActive    = "active"
	MatchClosed    = "closed"
	MatchDeclined  = "declined"
	MatchExpired   = "expired"
	MatchCancelled = "cancelled"
)

// Match origins (matches.origin): a mentee's invitation from the directory, or a
// coordinator's assignment in the console.
const (
	OriginInvitation  = "invitation"
	OriginCoordinator = "coordinator"
)

// Meeting statuses (meetings.status): one member proposes, the other confirms, then the
// meeting is held or cancelled. The calendar, below the kernel, names them first, since the
// status decides an invitation's METHOD and an event's STATUS.
const (
	MeetingProposed  = calendar.StatusProposed
	MeetingConfirmed = calendar.StatusConfirmed
	MeetingCancelled = calendar.StatusCancelled
	MeetingHeld      = calendar.StatusHeld
)

// Support request statuses (support_requests.status): open until a coordinator answers,
// closed when settled.
const (
	SupportOpen     = "open"
	SupportAnswered = "answered"
	SupportClosed   = "closed"
)

// Roles of a person in a programme (applications.role, charter_acceptances.role), which are
// also the two sides of a pair (matches.mentor, matches.mentee).
const (
	RoleMentor = "mentor"
	RoleMentee = "mentee"
)

// Matching modes of a programme (programs.matching_mode): mentees invite mentors from the
// directory, or coordinators match the pairs in the console.
const (
	MatchingSelfService = "self_service"
	MatchingCoordinated = "coordinated"
)

// Evaluation kinds (evaluations.kind): the forms a pair or a participant fills in.
const (
	EvaluationFirstInterview  = "first_interview"
	EvaluationMidpoint        = "midpoint"
	EvaluationFinal           = "final"
	EvaluationProgramFeedback = "program_feedback"
)

// Check-in answers (checkins.answer): a member's one-click reply to the nudge a silent pair
// gets.
const (
	CheckinInTouch  = "in_touch"
	CheckinNeedHelp = "need_help"
)

// Event kinds (events.kind): what a programme event is; who is invited is its audience.
const (
	EventKickoff  = "kickoff"
	EventClosing  = "closing"
	EventWorkshop = "workshop"
	EventOther    = "other"
)

// EventKinds are the event kinds in the order the coordinators' form offers them.
var EventKinds = []string{EventKickoff, EventWorkshop, EventClosing, EventOther}

// Event audiences (events.audience): who is invited to a programme event and e-mailed its
// invite: every approved participant, the approved mentors, the approved mentees, or the
// members of the programme's active pairs. An empty audience is everyone.
const (
	AudienceAll     = "all"
	AudienceMentors = "mentors"
	AudienceMentees = "mentees"
	AudiencePaired  = "paired"
)

// EventAudiences are the audiences in the order the coordinators' form offers them.
var EventAudiences = []string{AudienceAll, AudienceMentors, AudienceMentees, AudiencePaired}

// Event statuses (events.status): a scheduled event may be cancelled, and stays cancelled.
// An empty status is scheduled. The calendar names the cancelled status first.
const (
	EventScheduled = "scheduled"
	EventCancelled = calendar.StatusCancelled
)

// RSVP answers (event_rsvps.answer): an invitee is coming or not.
const (
	RSVPComing    = "coming"
	RSVPNotComing = "not_coming"
)

// Meeting modes (meetings.mode, applications.meeting_modes, the agreement's modes): how a
// pair meets, named first by the calendar, which places a video call at its link.
// MeetingModes lists them in the order the forms offer them.
const (
	ModeInPerson = calendar.ModeInPerson
	ModeVideo    = calendar.ModeVideo
	ModePhone    = calendar.ModePhone
)

// Tag kinds (tags.kind): which vocabulary of the application forms a tag belongs to.
const (
	TagSkill       = "skill"
	TagIndustry    = "industry"
	TagJobFunction = "job_function"
	TagInterest    = "interest"
)

// What the privacy log records (privacy_log.kind): a person's data was exported, or their
// account erased.
const (
	PrivacyExport  = "export"
	PrivacyErasure = "erasure"
)

// Who ran a privacy request (privacy_log.via): the person from their account page, a
// coordinator of their programme on their request, an admin from the command line, or a
// deletion through the dashboard or the REST API, whose author a record hook cannot know.
const (
	PrivacyBySelf        = "self"
	PrivacyByCoordinator = "coordinator"
	PrivacyByCommand     = "command"
	PrivacyByDashboard   = "dashboard"
)

// Cohort mail segments (cohort_mails.segment): the part of a programme a coordinator writes to.
const (
	SegmentEveryone    = "everyone"     // every approved participant
	SegmentMentors     = "mentors"      // approved mentors
	SegmentMentees     = "mentees"      // approved mentees
	SegmentUnmatched   = "unmatched"    // approved, in no active pair
	SegmentWaitlisted  = "waitlisted"   // waitlisted applicants
	SegmentNoAgreement = "no_agreement" // both members of active pairs without an agreement
	SegmentNoMeeting   = "no_meeting"   // both members of active pairs with no meeting for N days
	SegmentNoCheckin   = "no_checkin"   // members of active pairs who have not sent the midpoint evaluation
	SegmentAttendees   = "attendees"    // those coming to an event
)

// Segments are the segments in the order the mail page offers them.
var Segments = []string{SegmentEveryone, SegmentMentors, SegmentMentees, SegmentUnmatched, SegmentWaitlisted,
	SegmentNoAgreement, SegmentNoMeeting, SegmentNoCheckin, SegmentAttendees}
