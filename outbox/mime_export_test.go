package outbox

// OutgoingMail is the MIME builder's input, for its table test.
type OutgoingMail = outgoingMail

// BuildMIME exposes the MIME builder to the table test.
func BuildMIME(m OutgoingMail) ([]byte, error) { return buildMIME(m) }
