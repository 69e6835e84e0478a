package mentoring

// SetDenseLimit makes Plan score programmes above n pairs sparsely, as it
// does national schemes; the returned function restores the limit.
func SetDenseLimit(n int64) func() {
	old := denseLimit
	denseLimit = n
	return func() { denseLimit = old }
}
