// Command excelize only links github.com/xuri/excelize/v2 (see package startup).
package main

import _ "github.com/xuri/excelize/v2"

func main() {}
