// Command cobra only links github.com/spf13/cobra (see package startup).
package main

import _ "github.com/spf13/cobra"

func main() {}
