// Package startup holds four tiny programs that take the start-up cost of one govinfo-lint
// process apart (issue 6), for scripts/startup.sh:
//
//   - hello: a Go program that does nothing: the floor any Go binary pays on the machine;
//   - core: reading one report, recognising it and running every rule, with no command
//     line (parser/input.LoadFile + rules.Run, findings printed as JSON): the linting itself;
//   - cobra: a program that only links cobra (the CLI framework the design card asks for);
//   - excelize: a program that only links excelize (the workbook library issue 4 asks for).
//
// Each package's initialisers run in every process that links it, whether or not it is
// used, so a dependency's cost shows as the difference between hello and its program.
package startup
