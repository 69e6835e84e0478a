// Package cli holds the commands of mentorbase beyond PocketBase's own.
package cli

import "github.com/pocketbase/pocketbase"

// Register adds mentorbase's commands to app's root command.
func Register(app *pocketbase.PocketBase) {
	app.RootCmd.AddCommand(newMatchCmd(app), newDemoCmd(app), newExportCmd(app), newPrivacyCmd(app), newImportCmd(app), newLoadCmd())
}
