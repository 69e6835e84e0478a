package workspace

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// Codes of the refusals about messages; each is a catalog key.
const (
	CodeRecipientReads  = "parity.error.recipient_reads"
	CodeAttachmentNames = "parity.error.attachment_names"
)

// maxAttachmentName is the longest name kept for a file, as the road-book's attachment_name.
const maxAttachmentName = 255

// CheckRecipientChange keeps a message its author's: anyone else, through the REST API, only
// marks it read (MarkRead).
func CheckRecipientChange(message *core.Record, userID string) error {
	if userID == message.Original().GetString("author") {
		return nil
	}
	for _, field := range kernel.ChangedFields(message) {
		if field != "read_at" {
			return kernel.RefuseField(field, CodeRecipientReads).Validation()
		}
	}
	return nil
}

// CheckAttachmentNames refuses a name for a file the message does not have, or a name that is
// empty or too long, and drops the names of files the save removes, so attachment_names
// always describes the message's files and the portal serves each under its own name.
func CheckAttachmentNames(message *core.Record) error {
	names, ok := attachmentNames(message)
	if !ok {
		return kernel.RefuseField("attachment_names", CodeAttachmentNames).Validation()
	}
	before := map[string]string{}
	if !message.IsNew() {
		before, _ = attachmentNames(message.Original())
	}
	files := attachmentFiles(message)
	dropped := false
	for stored, name := range names {
		previous, had := before[stored]
		switch {
		case !slices.Contains(files, stored) && had && previous == name:
			delete(names, stored)
			dropped = true
		case !slices.Contains(files, stored), strings.TrimSpace(name) == "", len([]rune(name)) > maxAttachmentName:
			return kernel.RefuseField("attachment_names", CodeAttachmentNames).Validation()
		}
	}
	if dropped {
		message.Set("attachment_names", names)
	}
	return nil
}

// attachmentNames reads attachment_names, which is empty, null or an object of names by
// stored file name; ok is false for anything else.
func attachmentNames(message *core.Record) (names map[string]string, ok bool) {
	raw, _ := message.GetRaw("attachment_names").(types.JSONRaw)
	if len(raw) == 0 || string(raw) == "null" {
		return map[string]string{}, true
	}
	err := json.Unmarshal(raw, &names)
	return names, err == nil
}

// attachmentFiles are the stored names of the message's files, those being uploaded included.
func attachmentFiles(message *core.Record) []string {
	field, ok := message.Collection().Fields.GetByName("attachments").(*core.FileField)
	if !ok {
		return nil
	}
	value, err := field.DriverValue(message)
	if err != nil {
		return nil
	}
	if names, ok := value.(types.JSONArray[string]); ok {
		return names
	}
	return nil
}
