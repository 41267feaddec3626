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
