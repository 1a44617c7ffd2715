// Command hello does nothing: the start-up floor of a Go binary (see package startup).
package main

func main() {}
