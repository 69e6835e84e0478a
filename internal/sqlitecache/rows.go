package sqlitecache

import "database/sql/driver"

// sqliteRows is what modernc's rows implement; database/sql's Rows.ColumnTypes (PocketBase's
// SQL API reads them) asks for each of the column-type interfaces.
type sqliteRows interface {
	driver.Rows
	driver.RowsColumnTypeDatabaseTypeName
	driver.RowsColumnTypeLength
	driver.RowsColumnTypeNullable
	driver.RowsColumnTypePrecisionScale
	driver.RowsColumnTypeScanType
}

// cachedRows are the rows of a cached statement: closing them (modernc then resets the
// statement) makes the statement free to run again.
type cachedRows struct {
	sqliteRows
	entry *entry
}

// Close closes the rows and releases their statement; database/sql calls it once.
func (r *cachedRows) Close() error {
	err := r.sqliteRows.Close()
	if r.entry != nil {
		if rerr := r.entry.release(); err == nil {
			err = rerr
		}
		r.entry = nil
	}
	return err
}
