\ POST: the line editor on blocks (EDIT's command loop needs host input: tests/StarForth.Cli.Tests covers it)
EMPTY-BUFFERS
30 SCR !
T{ S" hello" 0 S 30 BLOCK C@ 30 BLOCK 5 + C@ 30 BLOCK 63 + C@ -> 104 32 32 }T
O{ 0 L }O"  0: hello\n"
O{ 1 L }O"  1: \n"
T{ S" world" 15 S 30 BLOCK 960 + C@ -> 119 }T
T{ S" 0123456789012345678901234567890123456789012345678901234567890123456789" 3 S 30 BLOCK 255 + C@ 30 BLOCK 256 + C@ -> 51 0 }T
T{ S" x" 2 S 30 BLOCK 128 + C@ 30 BLOCK 129 + C@ -> 120 32 }T
T{ FLUSH 30 BLOCK C@ -> 104 }T
E{ 16 L }E -24
E{ -1 L }E -24
E{ L }E -4
E{ S" x" 16 S }E -24
E{ 0 0 S }E -4
O{ 31 SCR ! SHOW }O" Screen 31:\n 0: \n 1: \n 2: \n 3: \n 4: \n 5: \n 6: \n 7: \n 8: \n 9: \n10: \n11: \n12: \n13: \n14: \n15: \n"
O{ 30 SCR ! SHOW }O" Screen 30:\n 0: hello\n 1: \n 2: x\n 3: 0123456789012345678901234567890123456789012345678901234567890123\n 4: \n 5: \n 6: \n 7: \n 8: \n 9: \n10: \n11: \n12: \n13: \n14: \n15: world\n"
E{ 0 SCR ! SHOW }E -35
E{ 0 SCR ! 0 L }E -35
E{ 0 SCR ! S" x" 0 S }E -35
E{ 0 EDIT }E -35
E{ 257 EDIT }E -35
E{ EDIT }E -4
30 BUFFER 1024 ERASE UPDATE 31 BUFFER 1024 ERASE UPDATE FLUSH
0 SCR !
\ more editor tests on screen 32, cleared again at the end
32 SCR !
T{ S" abc" 15 S S" " 15 S 32 BLOCK 960 + C@ -> 32 }T
T{ S" abc" 0 S S" xy" 0 S 32 BLOCK 2 + C@ -> 32 }T
O{ 0 L }O"  0: xy\n"
O{ 15 L }O" 15: \n"
: ED-PUT ( -- ) S" def" 7 S ;
O{ ED-PUT 7 L }O"  7: def\n"
E{ S" x" -1 S }E -24
E{ 0 S }E -4
E{ 257 SCR ! 0 L }E -35
E{ 257 SCR ! SHOW }E -35
32 SCR !
O{ SHOW }O" Screen 32:\n 0: xy\n..."
E{ 0 SCR ! SHOW }E -35
E{ -5 EDIT }E -35
O{ INPUT" q" 33 EDIT SCR @ . }O" Screen 33:\n 0: \n 1: \n 2: \n 3: \n 4: \n 5: \n 6: \n 7: \n 8: \n 9: \n10: \n11: \n12: \n13: \n14: \n15: \nSCR 33> 33 "
O{ INPUT" l 5\nzz\nq" 33 EDIT }O" Screen 33:\n 0: \n 1: \n 2: \n 3: \n 4: \n 5: \n 6: \n 7: \n 8: \n 9: \n10: \n11: \n12: \n13: \n14: \n15: \nSCR 33>  5: \nSCR 33> h for help\nSCR 33> "
\ EDIT's s command sets the line and leaves the data stack as it found it (}O" fails on a depth change).
O{ INPUT" s 1 hi\nq" 33 EDIT }O" Screen 33:..."
T{ 33 BLOCK 64 + C@ 33 BLOCK 65 + C@ -> CHAR h CHAR i }T
32 BUFFER 1024 ERASE UPDATE 33 BUFFER 1024 ERASE UPDATE FLUSH
0 SCR !
