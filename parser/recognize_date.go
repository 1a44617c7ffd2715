package parser

import "fmt"

// dateMatch is a date found in running text, with its rune span and text as printed.
type dateMatch struct {
	Year, Month, Day int
	Start, End       int // rune offsets
	Text             string
	// NoDay marks a year and month printed without a day (monthAt); Day is then 0.
	NoDay bool
}

// ISO returns YYYY-MM-DD with the printed numbers, even when the date is not real; YYYY-MM
// for a month without a day (monthAt).
func (d dateMatch) ISO() string {
	if d.NoDay {
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// arabicDigit reads an ASCII or full-width digit.
func arabicDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// chineseDigit reads 〇/零/○ and 一…九 as used in 二〇二四年; the zeros typed instead of 〇
// (○ ◯ O Ｏ o 0 ０) are read too: 「二○二四年」, 「二0二四年」.
func chineseDigit(r rune) int {
	switch r {
	case '〇', '零', '○', '◯', 'Ｏ', 'O', 'ｏ', 'o', '０', '0':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

func isSpaceRune(r rune) bool { return r == ' ' || r == 0x3000 || r == 0xA0 || r == '\t' }

func skipSpaces(rs []rune, i int) int {
	for i < len(rs) && isSpaceRune(rs[i]) {
		i++
	}
	return i
}

// arabicNumber reads up to max digits at i.
func arabicNumber(rs []rune, i, max int) (n, j int) {
	j = i
	for j < len(rs) && j-i < max {
		d := arabicDigit(rs[j])
		if d < 0 {
			break
		}
		n = n*10 + d
		j++
	}
	return n, j
}

// chineseSmall reads 一…三十一 (十, 十二, 二十, 二十一 …) at i.
func chineseSmall(rs []rune, i int) (n, j int) {
	j = i
	tens, units, seenTen, any := 0, 0, false, false
	for j < len(rs) && j-i < 3 {
		r := rs[j]
		if r == '十' {
			if seenTen {
				break
			}
			seenTen = true
			if units == 0 {
				tens = 1
			} else {
				tens = units
			}
			units = 0
			any = true
			j++
			continue
		}
		d := chineseDigit(r)
		if d <= 0 {
			break
		}
		units = d
		any = true
		j++
	}
	if !any {
		return 0, i
	}
	return tens*10 + units, j
}

// findDates lists the dates in s: 2024年1月20日, 二〇二四年一月二十日, 2024-01-20,
// 2024.1.20, 2024/01/20 (digits of either width, spaces around the parts tolerated).
func findDates(s string) []dateMatch {
	rs := []rune(s)
	var out []dateMatch
	for i := 0; i < len(rs); i++ {
		if m, ok := dateAt(rs, i); ok {
			out = append(out, m)
			i = m.End - 1
		}
	}
	return out
}

func dateAt(rs []rune, i int) (dateMatch, bool) {
	if i > 0 && (arabicDigit(rs[i-1]) >= 0 || chineseDigit(rs[i-1]) >= 0) {
		return dateMatch{}, false
	}
	if arabicDigit(rs[i]) >= 0 {
		y, j := arabicNumber(rs, i, 4)
		if j-i != 4 {
			return dateMatch{}, false
		}
		k := skipSpaces(rs, j)
		if k >= len(rs) {
			return dateMatch{}, false
		}
		sep := rs[k]
		switch sep {
		case '年':
			k = skipSpaces(rs, k+1)
			m, k2 := arabicNumber(rs, k, 2)
			if k2 == k {
				return dateMatch{}, false
			}
			k = skipSpaces(rs, k2)
			if k >= len(rs) || rs[k] != '月' {
				return dateMatch{}, false
			}
			k = skipSpaces(rs, k+1)
			d, k3 := arabicNumber(rs, k, 2)
			if k3 == k {
				return dateMatch{}, false
			}
			k = skipSpaces(rs, k3)
			if k >= len(rs) || (rs[k] != '日' && rs[k] != '号') {
				return dateMatch{}, false
			}
			return dateMatch{y, m, d, i, k + 1, string(rs[i : k+1]), false}, true
		case '-', '.', '/', '－', '．', '／':
			m, k2 := arabicNumber(rs, k+1, 2)
			if k2 == k+1 || k2 >= len(rs) || rs[k2] != sep {
				return dateMatch{}, false
			}
			d, k3 := arabicNumber(rs, k2+1, 2)
			if k3 == k2+1 || (k3 < len(rs) && arabicDigit(rs[k3]) >= 0) {
				return dateMatch{}, false
			}
			return dateMatch{y, m, d, i, k3, string(rs[i:k3]), false}, true
		}
		return dateMatch{}, false
	}
	if chineseDigit(rs[i]) >= 0 {
		y, j := 0, i
		for j < len(rs) && j-i < 4 {
			d := chineseDigit(rs[j])
			if d < 0 {
				break
			}
			y = y*10 + d
			j++
		}
		if j-i != 4 {
			return dateMatch{}, false
		}
		j = skipSpaces(rs, j)
		if j-i < 4 || j >= len(rs) || rs[j] != '年' {
			return dateMatch{}, false
		}
		j = skipSpaces(rs, j+1)
		m, k := monthNumber(rs, j)
		if k == j {
			return dateMatch{}, false
		}
		k = skipSpaces(rs, k)
		if k >= len(rs) || rs[k] != '月' {
			return dateMatch{}, false
		}
		k = skipSpaces(rs, k+1)
		d, k2 := chineseSmall(rs, k)
		if k2 == k {
			return dateMatch{}, false
		}
		k2 = skipSpaces(rs, k2)
		if k2 >= len(rs) || (rs[k2] != '日' && rs[k2] != '号') {
			return dateMatch{}, false
		}
		return dateMatch{y, m, d, i, k2 + 1, string(rs[i : k2+1]), false}, true
	}
	return dateMatch{}, false
}

// firstYear finds the first year written before 年 (2023年, 二〇二三年, 2023年度) in s.
func firstYear(s string) int {
	rs := []rune(s)
	for i := 0; i+4 < len(rs); i++ {
		if i > 0 && (arabicDigit(rs[i-1]) >= 0 || chineseDigit(rs[i-1]) >= 0) {
			continue
		}
		if y, ok := yearAt(rs, i); ok {
			return y
		}
	}
	return 0
}

// yearAt reads a four-digit year followed by 年 at i.
func yearAt(rs []rune, i int) (int, bool) {
	if i+4 >= len(rs) {
		return 0, false
	}
	y := 0
	digit := arabicDigit
	if arabicDigit(rs[i]) < 0 {
		digit = chineseDigit
	}
	for j := i; j < i+4; j++ {
		d := digit(rs[j])
		if d < 0 {
			return 0, false
		}
		y = y*10 + d
	}
	k := skipSpaces(rs, i+4)
	if k >= len(rs) || rs[k] != '年' || y < 1990 || y > 2200 {
		return 0, false
	}
	return y, true
}

// monthDayAfter reads 「至12月31日」 (no year) after the date from, within a few characters,
// and gives it from's year.
func monthDayAfter(s string, from dateMatch) (dateMatch, bool) {
	rs := []rune(s)
	for i := from.End; i < len(rs) && i < from.End+6; i++ {
		if rs[i] != '至' && rs[i] != '到' && rs[i] != '-' && rs[i] != '—' {
			continue
		}
		j := skipSpaces(rs, i+1)
		m, k := arabicNumber(rs, j, 2)
		if k == j {
			m, k = chineseSmall(rs, j)
		}
		if k == j || k >= len(rs) || rs[k] != '月' {
			return dateMatch{}, false
		}
		d, k2 := arabicNumber(rs, k+1, 2)
		if k2 == k+1 {
			d, k2 = chineseSmall(rs, k+1)
		}
		if k2 == k+1 || k2 >= len(rs) || (rs[k2] != '日' && rs[k2] != '号') {
			return dateMatch{}, false
		}
		return dateMatch{Year: from.Year, Month: m, Day: d, Start: j, End: k2 + 1, Text: string(rs[j : k2+1])}, true
	}
	return dateMatch{}, false
}

// monthAt reads a year and a month with no day (「2024年1月」, 「二〇二四年一月」) at i: some
// reports sign with the month only. Day is 0, and ISO gives YYYY-MM.
func monthAt(rs []rune, i int) (dateMatch, bool) {
	if i > 0 && (arabicDigit(rs[i-1]) >= 0 || chineseDigit(rs[i-1]) >= 0) {
		return dateMatch{}, false
	}
	y, ok := yearAt(rs, i)
	if !ok {
		return dateMatch{}, false
	}
	k := skipSpaces(rs, skipSpaces(rs, i+4)+1) // past 年
	m, k2 := arabicNumber(rs, k, 2)
	if k2 == k {
		m, k2 = monthNumber(rs, k)
	}
	if k2 == k {
		return dateMatch{}, false
	}
	k2 = skipSpaces(rs, k2)
	if k2 >= len(rs) || rs[k2] != '月' || m < 1 || m > 12 {
		return dateMatch{}, false
	}
	return dateMatch{Year: y, Month: m, Start: i, End: k2 + 1, Text: string(rs[i : k2+1]), NoDay: true}, true
}

// findMonths lists the year-and-month dates without a day in s (see monthAt).
func findMonths(s string) []dateMatch {
	rs := []rune(s)
	var out []dateMatch
	for i := 0; i < len(rs); i++ {
		if m, ok := monthAt(rs, i); ok {
			out = append(out, m)
			i = m.End - 1
		}
	}
	return out
}

// monthNumber reads a month in Chinese numerals at i, 元 (元月, January) included.
func monthNumber(rs []rune, i int) (n, j int) {
	if i < len(rs) && rs[i] == '元' {
		return 1, i + 1
	}
	return chineseSmall(rs, i)
}
