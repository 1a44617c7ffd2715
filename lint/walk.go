package lint

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
)

// job is one file to lint.
type job struct {
	path  string
	stdin bool
}

// walker turns the command line's paths into the list of files to lint. It keeps only
// paths (a few bytes each), so even a tree of many thousands of files costs little, and
// knowing the total first lets the progress bar show it.
type walker struct {
	ctx         context.Context
	jobs        []job
	notes       []output.FileResult // folders and paths that could not be opened
	skipped     int
	interrupted bool

	seenPaths map[string]bool
	seenFiles map[fileID]bool
	seenDirs  map[fileID]bool
}

func newWalker(ctx context.Context) *walker {
	return &walker{
		ctx:       ctx,
		seenPaths: map[string]bool{},
		seenFiles: map[fileID]bool{},
		seenDirs:  map[fileID]bool{},
	}
}

// add takes one path of the command line: a file (always read, whatever its name), a
// folder (walked), or "-" (standard input).
func (w *walker) add(arg string) {
	if arg == StdinName {
		if !w.seenPaths[arg] {
			w.seenPaths[arg] = true
			w.jobs = append(w.jobs, job{path: arg, stdin: true})
		}
		return
	}
	path := filepath.Clean(arg)
	fi, err := os.Stat(path)
	if err != nil {
		w.note(path, openError(path, err, false))
		return
	}
	if fi.IsDir() {
		w.walkDir(path, fi)
		return
	}
	w.addFile(path, fi)
}

// addFile queues a file once, whatever the path it is reached by.
func (w *walker) addFile(path string, fi fs.FileInfo) {
	if w.seenPaths[path] {
		return
	}
	w.seenPaths[path] = true
	if id, ok := idOf(fi); ok {
		if w.seenFiles[id] {
			return
		}
		w.seenFiles[id] = true
	}
	w.jobs = append(w.jobs, job{path: path})
}

// walkDir walks one folder in lexical order. Each folder is entered once (by device and
// inode), which ends symlink loops and avoids linting a folder linked twice.
func (w *walker) walkDir(dir string, fi fs.FileInfo) {
	if w.ctx.Err() != nil {
		w.interrupted = true
		return
	}
	if id, ok := idOf(fi); ok {
		if w.seenDirs[id] {
			return
		}
		w.seenDirs[id] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		// os.ReadDir returns what it read before the error; those entries are still walked.
		w.note(dir, openError(dir, err, true))
	}
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			target, err := os.Stat(path)
			if err != nil {
				// A broken link: if it is named like a report, say that it was not checked.
				if skipFile(name) {
					w.skipped++
				} else {
					w.note(path, openError(path, err, false))
				}
				continue
			}
			if target.IsDir() {
				if _, ok := idOf(target); !ok {
					continue // cannot tell a loop here: do not follow folder links
				}
				if skipDir(name) {
					continue
				}
				w.walkDir(path, target)
				continue
			}
			if !target.Mode().IsRegular() || skipFile(name) {
				w.skipped++
				continue
			}
			w.addFile(path, target)
			continue
		}
		switch {
		case typ.IsDir():
			if skipDir(name) {
				continue
			}
			info, err := e.Info()
			if err != nil {
				w.note(path, openError(path, err, true))
				continue
			}
			w.walkDir(path, info)
		case typ.IsRegular():
			if skipFile(name) {
				w.skipped++
				continue
			}
			info, err := e.Info()
			if err != nil {
				w.note(path, openError(path, err, false))
				continue
			}
			w.addFile(path, info)
		default:
			// Devices, pipes, sockets: reading a pipe inside a folder would hang the run.
			w.skipped++
		}
	}
}

func (w *walker) note(path string, err error) {
	if w.seenPaths[path] {
		return
	}
	w.seenPaths[path] = true
	w.notes = append(w.notes, unreadable(path, err))
}

// openError says in one line why a path could not be opened, and what to do.
func openError(path string, err error, dir bool) *input.Error {
	what, whatEN := "文件", "file"
	if dir {
		what, whatEN = "文件夹", "folder"
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &input.Error{
			Kind: "io",
			ZH:   fmt.Sprintf("找不到此%s（或链接指向的目标不存在），请检查路径", what),
			EN:   fmt.Sprintf("no such %s (or the link points nowhere); check the path", whatEN),
		}
	case errors.Is(err, fs.ErrPermission):
		if dir {
			return &input.Error{
				Kind: "io",
				ZH:   "无权打开此文件夹，其中的报告均未检查；请检查访问权限后重新运行",
				EN:   "no permission to open this folder: the reports in it were not checked; check the access rights and run again",
			}
		}
		return &input.Error{
			Kind: "io",
			ZH:   "无权读取此文件，未检查；请检查访问权限",
			EN:   "no permission to read this file: it was not checked; check the access rights",
		}
	}
	if dir {
		return &input.Error{
			Kind: "io",
			ZH:   fmt.Sprintf("无法打开此文件夹（%v），其中的报告均未检查", unwrapPathError(err)),
			EN:   fmt.Sprintf("cannot open this folder (%v): the reports in it were not checked", unwrapPathError(err)),
		}
	}
	return &input.Error{
		Kind: "io",
		ZH:   fmt.Sprintf("无法打开此文件（%v），未检查", unwrapPathError(err)),
		EN:   fmt.Sprintf("cannot open this file (%v): it was not checked", unwrapPathError(err)),
	}
}

// unwrapPathError drops the path from an *fs.PathError: the result already names it.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// skipDir reports whether a folder is not worth entering: hidden folders (.git, .svn …)
// and the resource-fork folder macOS puts in zip files.
func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || name == "__MACOSX"
}

// skipFile reports whether a file in a walked folder is clearly not a report, by its
// name. When in doubt the file is read: its content decides, and an unreadable report
// is reported, never silently dropped.
func skipFile(name string) bool {
	if strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~WRL") ||
		strings.HasSuffix(name, "~") {
		// ~$x.docx is Word's lock file, .~x.docx WPS's, .DS_Store and ._x macOS's,
		// ~WRLxxxx.tmp Word's temporary copy, x~ an editor's backup.
		return true
	}
	lower := strings.ToLower(name)
	switch lower {
	case "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r":
		return true
	}
	return skipExt[filepath.Ext(lower)]
}

// skipExt lists extensions that never hold a report. .pdf, .doc, .wps, .ofd and .rtf are
// deliberately absent: they may be reports that we cannot read, and say so.
var skipExt = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`
		.png .jpg .jpeg .jpe .gif .bmp .tif .tiff .webp .svg .ico .heic .heif .emf .wmf .psd
		.xls .xlsx .xlsm .xlsb .xlt .xltx .et .ett .csv .ods .numbers
		.ppt .pptx .pps .ppsx .dps .dpt .odp .key
		.zip .rar .7z .tar .gz .tgz .bz2 .xz .zst .cab .iso .jar .arj .lzh
		.exe .dll .msi .com .bat .cmd .ps1 .sh .so .dylib .app .apk .lnk .url .scr .sys
		.mp3 .wav .wma .aac .flac .m4a .ogg .amr .mp4 .avi .mov .wmv .flv .mkv .webm .3gp .rm .rmvb
		.ttf .otf .ttc .woff .woff2
		.tmp .temp .bak .swp .log .db .sqlite .dat .ini .lock .part .crdownload
		.js .css .json .xml .eml .msg`) {
		skipExt[e] = true
	}
}
