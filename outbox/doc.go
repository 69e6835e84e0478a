// Package outbox is how every e-mail leaves: a Letter is rendered in its recipient's language
// and queued (QueueLetter, Enqueue) in the outbox collection inside the caller's transaction,
// and a worker (Bind) delivers what is due (DeliverDue) over SMTP with deadlines, retrying
// with back-off. Delivery is at least once: an attempt is recorded before the send.
//
// It sits below kernel and the domain packages and imports only catalog and internal/*.
package outbox
