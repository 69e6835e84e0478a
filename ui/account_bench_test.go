package ui_test

import "testing"

// BenchmarkAccountPage is the shared path of every signed-in page (cookie sign-in, CSRF,
// locale, navigation, layout) around one of the simplest pages (README "Performance").
func BenchmarkAccountPage(b *testing.B) { benchmarkAsMia(b, "/account", true) }
