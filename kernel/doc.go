// Package kernel holds the few rules every layer shares: the names of the collections and
// their values (vocabulary.go), the status changes a match or an application may make, a pair
// and its people (Pair, FindPairs), a mentor's capacity and seats, the current charter, a
// programme's time zone, the agreement's terms, who may see contact details and write hidden
// fields, which searches the REST API refuses, the sign-in throttle's counts, the account
// letters, the portal's address, and the codes of the errors the lifecycle hooks return.
//
// It sits below the domain packages (mentoring, workspace) and above outbox, catalog and
// internal/*; it never imports pb_hooks, the domain packages or ui.
package kernel
