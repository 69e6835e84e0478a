// Package ui is the web portal: route table, handlers, templates, static files and i18n.
package ui

import "github.com/pocketbase/pocketbase/core"

// Register binds the portal's routes to app.
func Register(app core.App) {}
