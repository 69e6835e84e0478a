package sqlitecache

import (
	"fmt"
	"sync"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// PageCacheBytes is the memory every SQLite connection of the process caches its pages in,
// together, once UsePageCache has given it to SQLite: as much as DataConns connections' caches
// of 8 MB (the pragmas' cache_size).
//
// Without it SQLite allocates each cached page with its header (4,096 + 272 bytes) from
// modernc's allocator, which rounds it up to an 8 KB slot: every cached page cost twice its
// size, 150 MB for the eight connections' 64 MB of pages at 20,000 participants, outside
// Go's heap and its limit (README "Performance"). Given this block (SQLITE_CONFIG_PAGECACHE),
// SQLite cuts it into lines of exactly a page and its header. Once it is nearly all used,
// the connections reuse their least recently used pages rather than allocate more (SQLite's
// page caches form one group in modernc's build); only a connection that has none free left
// to reuse allocates beyond it.
const PageCacheBytes = DataConns * 8 << 20

// pageSize is the largest database page the block's lines hold: SQLite's default, which
// PocketBase keeps. A database with larger pages would cache them outside the block.
const pageSize = 4096

// pageHeader is where SQLite writes the size of a cached page's header: a package variable,
// because SQLite writes through its address and a goroutine's stack may move.
var pageHeader int32

// UsePageCache gives SQLite the page-cache block. It must run before the process opens its
// first connection, which initialises SQLite (it fails after); later calls return the first
// one's result. The whole block is resident from the first connection on, so only the server
// uses it: a batch command would hold 64 MB for the few pages it reads.
var UsePageCache = sync.OnceValue(func() error { return configurePageCache(PageCacheBytes) })

// configurePageCache gives SQLite a block of size bytes, outside Go's heap, to cache the
// pages of all its connections in. SQLite keeps using the block until the process ends.
func configurePageCache(size int) error {
	tls := libc.NewTLS()
	defer tls.Close()
	args := libc.NewVaListN(3)
	defer libc.Xfree(tls, args)

	header := uintptr(unsafe.Pointer(&pageHeader))
	if rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PCACHE_HDRSZ, libc.VaList(args, header)); rc != sqlite3.SQLITE_OK {
		return fmt.Errorf("sqlitecache: SQLITE_CONFIG_PCACHE_HDRSZ: %d", rc)
	}
	line := (pageSize + int(pageHeader) + 7) &^ 7
	lines := size / line
	// libc's allocator maps a block this large on its own. SQLite writes to every line when
	// it initialises, so the block is resident from the first connection on.
	block := libc.Xmalloc(tls, libc.Tsize_t(lines*line))
	if block == 0 {
		return fmt.Errorf("sqlitecache: no memory for a page cache of %d bytes", size)
	}
	if rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PAGECACHE, libc.VaList(args, block, int32(line), int32(lines))); rc != sqlite3.SQLITE_OK {
		libc.Xfree(tls, block)
		return fmt.Errorf("sqlitecache: SQLITE_CONFIG_PAGECACHE: %d", rc)
	}
	return nil
}
