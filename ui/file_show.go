package ui

import (
	"mime"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// pairFileFields are the protected file fields the portal serves, by collection.
var pairFileFields = map[string]string{kernel.CollectionRoadbooks: "attachment", kernel.CollectionMessages: "attachments"}

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
	disposition := "attachment"
	if slices.Contains(inlineFileTypes, strings.ToLower(path.Ext(name))) {
		disposition = "inline"
	}
	// mime encodes a name that is not plain ASCII (RFC 2231), which PocketBase's header does not
	e.Response.Header().Set("Content-Disposition", mime.FormatMediaType(disposition, map[string]string{"filename": givenName(record, name)}))
	return fsys.Serve(e.Response, e.Request, record.BaseFilesPath()+"/"+name, attachmentName(name))
}

// storedSuffix is the random part PocketBase adds to an uploaded file's name ("cv_a1b2c3d4e5.pdf"):
// the name part is snake-cased, so it holds no dot, and the random part stands right before
// the first dot; the extension may hold anything, "_0123456789" included.
var storedSuffix = regexp.MustCompile(`^([^.]+)_[a-z0-9]{10}(\..*)?$`)

// attachmentName is the name a person gave a file, as PocketBase stored it without its random
// part, to show it and to download it under.
func attachmentName(stored string) string {
	m := storedSuffix.FindStringSubmatchIndex(stored)
	if m == nil {
		return stored
	}
	return stored[m[2]:m[3]] + stored[m[3]+11:]
}

// inlineFileTypes open in the browser; other attachments download.
var inlineFileTypes = []string{".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp"}

// givenName is the name the author gave the stored file of record: a message keeps them in
// attachment_names, a road-book in attachment_name; files saved otherwise (REST API,
// dashboard) fall back to the stored name without its random part.
func givenName(record *core.Record, stored string) string {
	if record.GetString("attachment") == stored && record.GetString("attachment_name") != "" {
		return path.Base(record.GetString("attachment_name"))
	}
	var names map[string]string
	if err := record.UnmarshalJSONField("attachment_names", &names); err == nil && names[stored] != "" {
		return path.Base(names[stored])
	}
	return attachmentName(stored)
}
