package ui

import (
	"regexp"
	"slices"

	"github.com/pocketbase/pocketbase/core"
)

// pairFileFields are the protected file fields the portal serves, by collection.
var pairFileFields = map[string]string{"roadbooks": "attachment", "messages": "attachments"}

// fileURL is the portal address of one of record's protected files.
func fileURL(record *core.Record, name string) string {
	return "/files/" + record.Collection().Name + "/" + record.Id + "/" + name
}

// fileShow serves a road-book or message attachment to whoever the collection's view rule
// lets see its record (the pair's members, the programme's coordinators); everyone else gets
// 404, as if the file did not exist. PocketBase's own file URL needs a short-lived token for
// protected files, which would break links on a page left open for a while.
func (s *server) fileShow(e *core.RequestEvent) error {
	field, known := pairFileFields[e.Request.PathValue("collection")]
	if !known {
		return s.renderNotFound(e)
	}
	record, err := e.App.FindRecordById(e.Request.PathValue("collection"), e.Request.PathValue("record"))
	if err != nil {
		return s.renderNotFound(e)
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	if ok, _ := e.App.CanAccessRecord(record, info, record.Collection().ViewRule); !ok {
		return s.renderNotFound(e)
	}
	name := e.Request.PathValue("name")
	if !slices.Contains(record.GetStringSlice(field), name) {
		return s.renderNotFound(e)
	}
	fsys, err := e.App.NewFilesystem()
	if err != nil {
		return err
	}
	defer fsys.Close()
	e.Response.Header().Set("Cache-Control", "private, no-store")
	return fsys.Serve(e.Response, e.Request, record.BaseFilesPath()+"/"+name, attachmentName(name))
}

// storedSuffix is the random part PocketBase adds to an uploaded file's name ("cv_a1b2c3d4e5.pdf").
var storedSuffix = regexp.MustCompile(`^(.+)_[a-z0-9]{10}(\.[^./]+)*$`)

// attachmentName is the name a person gave a file, as PocketBase stored it without its random
// part, to show it and to download it under.
func attachmentName(stored string) string {
	m := storedSuffix.FindStringSubmatchIndex(stored)
	if m == nil {
		return stored
	}
	return stored[m[2]:m[3]] + stored[m[3]+11:]
}
