\ POST: memory access in the arena
VARIABLE V1
T{ 42 V1 ! V1 @ -> 42 }T
T{ 5 V1 +! V1 @ -> 47 }T
T{ 7 V1 -! V1 @ -> 40 }T
T{ 65 V1 C! V1 C@ -> 65 }T
CREATE PAIR 2 CELLS ALLOT
T{ 1 2 PAIR 2! PAIR 2@ -> 1 2 }T
CREATE BUF 16 ALLOT
T{ BUF 16 65 FILL BUF 15 + C@ -> 65 }T
T{ BUF 16 ERASE BUF 7 + C@ -> 0 }T
T{ 3 CELLS -> 24 }T
T{ 0 CELL+ -> 8 }T
T{ 0 CHAR+ 5 CHARS -> 1 5 }T
T{ 9 ALIGNED -> 16 }T
T{ HERE ALIGN HERE SWAP - 8 < -> TRUE }T
E{ -1 @ }E -9
E{ 1 -8 ! }E -9
\ edge values, partial cells and bad addresses
T{ -1 V1 ! V1 @ -> -1 }T
T{ -9223372036854775808 V1 ! V1 @ -> -9223372036854775808 }T
E{ V1 9223372036854775807 ! }E -9
E{ 9223372036854775807 @ }E -9
E{ ! }E -4
E{ 1 ! }E -4
E{ @ }E -4
T{ 0 V1 ! 300 V1 C! V1 C@ -> 44 }T
T{ 0 V1 ! -1 V1 C! V1 @ -> 255 }T
T{ 0 V1 ! 66 V1 1+ C! V1 @ -> 16896 }T
E{ 65 -1 C! }E -9
E{ 65 C! }E -4
T{ -1 V1 ! V1 C@ -> 255 }T
E{ -1 C@ }E -9
T{ 0 V1 ! -1 V1 +! V1 @ -> -1 }T
T{ 9223372036854775807 V1 ! 1 V1 +! V1 @ -> -9223372036854775808 }T
T{ 10 V1 ! 0 V1 +! V1 @ -> 10 }T
E{ 1 -1 +! }E -9
E{ V1 +! }E -4
T{ 10 V1 ! -5 V1 -! V1 @ -> 15 }T
T{ -9223372036854775808 V1 ! 1 V1 -! V1 @ -> 9223372036854775807 }T
E{ 1 -1 -! }E -9
E{ V1 -! }E -4
T{ -1 0 PAIR 2! PAIR @ PAIR CELL+ @ -> 0 -1 }T
T{ 5 6 PAIR 2! PAIR 2@ SWAP -> 6 5 }T
E{ 1 2 -1 2! }E -9
E{ -1 2@ }E -9
E{ 1 PAIR 2! }E -4
E{ 2@ }E -4
\ FILL ERASE MOVE
T{ BUF 16 ERASE BUF 4 66 FILL BUF 3 + C@ BUF 4 + C@ -> 66 0 }T
T{ BUF 0 67 FILL BUF C@ -> 66 }T
E{ BUF -3 67 FILL }E -9
T{ BUF C@ -> 66 }T
T{ BUF 1 321 FILL BUF C@ -> 65 }T
E{ -1 4 65 FILL }E -9
E{ BUF 4 FILL }E -4
T{ BUF 16 65 FILL BUF 1+ 2 ERASE BUF C@ BUF 1+ C@ BUF 2 + C@ BUF 3 + C@ -> 65 0 0 65 }T
T{ BUF 16 65 FILL BUF 0 ERASE BUF C@ -> 65 }T
E{ -1 4 ERASE }E -9
E{ 4 ERASE }E -4
CREATE BUF2 16 ALLOT
T{ BUF 16 ERASE BUF 8 49 FILL BUF BUF2 8 MOVE BUF2 7 + C@ -> 49 }T
T{ 1 2 3 PAD 3 CELLS + ! PAD 2 CELLS + ! PAD CELL+ ! PAD CELL+ PAD 3 CELLS MOVE PAD @ PAD 2 CELLS + @ -> 1 3 }T
T{ 16 BUF C! 17 BUF 1+ C! 18 BUF 2 + C! BUF BUF 1+ 3 MOVE BUF 1+ C@ BUF 2 + C@ BUF 3 + C@ -> 16 17 18 }T
T{ 16 BUF C! 17 BUF 1+ C! 18 BUF 2 + C! BUF 1+ BUF 2 MOVE BUF C@ BUF 1+ C@ -> 17 18 }T
T{ 99 BUF2 C! BUF BUF2 0 MOVE BUF2 C@ -> 99 }T
T{ 99 BUF2 C! -> }T
E{ BUF BUF2 -5 MOVE }E -9
T{ BUF2 C@ -> 99 }T
E{ -1 BUF 4 MOVE }E -9
E{ BUF -1 4 MOVE }E -9
E{ BUF BUF2 MOVE }E -4
\ cell and character arithmetic
T{ 0 CELLS 1 CELLS -> 0 8 }T
T{ -2 CELLS -> -16 }T
E{ CELLS }E -4
T{ -8 CELL+ V1 CELL+ V1 - -> 0 8 }T
E{ CELL+ }E -4
T{ -1 CHAR+ BUF CHAR+ BUF - -> 0 1 }T
E{ CHAR+ }E -4
T{ 0 CHARS -3 CHARS -> 0 -3 }T
E{ CHARS }E -4
T{ 0 ALIGNED 8 ALIGNED 1 ALIGNED 15 ALIGNED -> 0 8 8 16 }T
T{ -8 ALIGNED -> -8 }T
E{ ALIGNED }E -4
T{ 1 ALLOT ALIGN HERE 8 MOD -> 0 }T
T{ ALIGN HERE ALIGN HERE = -> TRUE }T
T{ 5 C, ALIGN HERE ALIGNED HERE = -> TRUE }T
\ the system area: stores into the system variables and the bootstrap dictionary are -9 (issue 16)
E{ 1 0 ! }E -9
E{ -1 STATE ! }E -9
E{ 1 BLK ! }E -9
E{ 0 3000 C! }E -9
E{ 0 3000 ERASE }E -9
E{ PAD 0 100 MOVE }E -9
E{ $ff HERE 0 FILL }E -9
T{ STATE @ BASE @ -> 0 10 }T
T{ 16 BASE ! BASE @ DECIMAL -> 16 }T
T{ 7 SPAN ! SPAN @ 0 SPAN ! -> 7 }T
