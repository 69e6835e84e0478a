package kernel

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/outbox"
)

// IsFormerParticipant says whether user is the stand-in an erased account left in one of its
// pairs: a users record named "former participant" that cannot sign in nor receive mail, so
// that the partner keeps the pair's messages and shared records.
func IsFormerParticipant(user *core.Record) bool {
	return user != nil && outbox.IsErasedAddress(user.Email())
}
