package sqlitecache

import (
	"database/sql/driver"
	"reflect"
)

// cachedRows are the rows of a cached statement: closing them (modernc then resets the
// statement) makes the statement free to run again. database/sql's Rows.ColumnTypes (PocketBase's
// SQL API reads them) asks rows for each column-type interface; cachedRows forward them to
// modernc's rows, answering as database/sql does for rows without one.
type cachedRows struct {
	driver.Rows
	entry *entry
}

// Close closes the rows and releases their statement; database/sql calls it once.
func (r *cachedRows) Close() error {
	err := r.Rows.Close()
	if r.entry != nil {
		if rerr := r.entry.release(); err == nil {
			err = rerr
		}
		r.entry = nil
	}
	return err
}

// ColumnTypeDatabaseTypeName forwards driver.RowsColumnTypeDatabaseTypeName.
func (r *cachedRows) ColumnTypeDatabaseTypeName(i int) string {
	if t, ok := r.Rows.(driver.RowsColumnTypeDatabaseTypeName); ok {
		return t.ColumnTypeDatabaseTypeName(i)
	}
	return ""
}

// ColumnTypeLength forwards driver.RowsColumnTypeLength.
func (r *cachedRows) ColumnTypeLength(i int) (int64, bool) {
	if t, ok := r.Rows.(driver.RowsColumnTypeLength); ok {
		return t.ColumnTypeLength(i)
	}
	return 0, false
}

// ColumnTypeNullable forwards driver.RowsColumnTypeNullable.
func (r *cachedRows) ColumnTypeNullable(i int) (bool, bool) {
	if t, ok := r.Rows.(driver.RowsColumnTypeNullable); ok {
		return t.ColumnTypeNullable(i)
	}
	return false, false
}

// ColumnTypePrecisionScale forwards driver.RowsColumnTypePrecisionScale.
func (r *cachedRows) ColumnTypePrecisionScale(i int) (int64, int64, bool) {
	if t, ok := r.Rows.(driver.RowsColumnTypePrecisionScale); ok {
		return t.ColumnTypePrecisionScale(i)
	}
	return 0, 0, false
}

// ColumnTypeScanType forwards driver.RowsColumnTypeScanType.
func (r *cachedRows) ColumnTypeScanType(i int) reflect.Type {
	if t, ok := r.Rows.(driver.RowsColumnTypeScanType); ok {
		return t.ColumnTypeScanType(i)
	}
	return reflect.TypeFor[any]()
}
